import { type FormEvent, useState } from "react";
import { ErrorNote } from "../components/ErrorNote.tsx";
import { Field } from "../components/Field.tsx";
import { authClient, unwrap } from "../lib/auth-client.ts";
import { Link, navigate } from "../lib/router.tsx";

export function AuthPage({ mode }: { mode: "sign-in" | "sign-up" }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const signUp = mode === "sign-up";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    setBusy(true);
    setError(null);
    try {
      if (signUp) await unwrap(authClient.signUp.email({ email, password, name: String(form.get("name")) }));
      else await unwrap(authClient.signIn.email({ email, password }));
      const next = new URLSearchParams(window.location.search).get("next");
      navigate(next?.startsWith("/") && !next.startsWith("//") ? next : "/");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth">
      <h1>OpsDash</h1>
      <form className="card" onSubmit={submit}>
        <h2>{signUp ? "Create your account" : "Sign in"}</h2>
        {signUp && <Field label="Name" name="name" required autoComplete="name" />}
        <Field label="Email" name="email" type="email" required autoComplete="email" />
        <label>
          Password
          <input
            name="password"
            type="password"
            required
            minLength={8}
            autoComplete={signUp ? "new-password" : "current-password"}
          />
        </label>
        <ErrorNote error={error} />
        <button type="submit" disabled={busy}>
          {busy ? "Please wait…" : signUp ? "Create account" : "Sign in"}
        </button>
        <p className="muted">
          {signUp ? (
            <>
              Have an account? <Link to={`/sign-in${window.location.search}`}>Sign in</Link>
            </>
          ) : (
            <>
              New here? <Link to={`/sign-up${window.location.search}`}>Create an account</Link>
            </>
          )}
        </p>
      </form>
    </main>
  );
}
