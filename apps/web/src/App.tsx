import { Shell } from "./components/Shell.tsx";
import { authClient } from "./lib/auth-client.ts";
import { Redirect, usePath } from "./lib/router.tsx";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage.tsx";
import { AuthPage } from "./pages/AuthPage.tsx";

export function App() {
  const path = usePath();
  const session = authClient.useSession();
  if (session.isPending) return <p className="centered muted">Loading…</p>;

  const signedIn = Boolean(session.data);
  if (path === "/sign-in" || path === "/sign-up") {
    return signedIn ? <Redirect to="/" /> : <AuthPage mode={path === "/sign-up" ? "sign-up" : "sign-in"} />;
  }
  if (!signedIn) return <Redirect to={`/sign-in?next=${encodeURIComponent(path)}`} />;
  if (path.startsWith("/accept-invitation/")) return <AcceptInvitationPage invitationId={path.split("/")[2] ?? ""} />;
  return <Shell path={path} />;
}
