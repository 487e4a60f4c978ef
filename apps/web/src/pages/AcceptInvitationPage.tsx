import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorNote } from "../components/ErrorNote.tsx";
import { authClient, unwrap } from "../lib/auth-client.ts";
import { Link, navigate } from "../lib/router.tsx";

export function AcceptInvitationPage({ invitationId }: { invitationId: string }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const invitation = useQuery({
    queryKey: ["invitation", invitationId],
    queryFn: () => unwrap(authClient.organization.getInvitation({ query: { id: invitationId } })),
  });

  async function accept() {
    setError(null);
    try {
      await unwrap(authClient.organization.acceptInvitation({ invitationId }));
      await queryClient.invalidateQueries();
      navigate("/");
    } catch (err) {
      setError(err);
    }
  }

  return (
    <main className="auth">
      <div className="card">
        <h2>Join an organization</h2>
        {invitation.isPending && <p className="muted">Loading invitation…</p>}
        <ErrorNote error={invitation.error} />
        {invitation.data && (
          <>
            <p>
              You are invited to join <strong>{invitation.data.organizationName}</strong> as{" "}
              <strong>{invitation.data.role}</strong>.
            </p>
            <button type="button" onClick={accept}>
              Accept invitation
            </button>
          </>
        )}
        <ErrorNote error={error} />
        <p className="muted">
          <Link to="/">Back to the dashboard</Link>
        </p>
      </div>
    </main>
  );
}
