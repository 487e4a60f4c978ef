import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorNote } from "../components/ErrorNote.tsx";
import { authClient, unwrap } from "../lib/auth-client.ts";
import { trpc } from "../lib/trpc.ts";

export function MembersPage() {
  const org = trpc.org.current.useQuery();
  const members = trpc.org.members.useQuery();
  const isAdmin = org.data?.role === "owner" || org.data?.role === "admin";

  return (
    <section className="page">
      <h1>Members</h1>
      <ErrorNote error={members.error} />
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody>
          {members.data?.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>{m.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin ? <Invitations /> : <p className="muted">Only admins and owners can invite people.</p>}
    </section>
  );
}

function Invitations() {
  const queryClient = useQueryClient();
  const invitations = trpc.org.invitations.useQuery();
  const [error, setError] = useState<unknown>(null);

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setError(null);
    try {
      await unwrap(
        authClient.organization.inviteMember({
          email: String(form.get("email")),
          role: form.get("role") as "member" | "admin",
        }),
      );
      formElement.reset();
      await queryClient.invalidateQueries();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <h2>Invite someone</h2>
      <form className="card inline" onSubmit={invite}>
        <input name="email" type="email" placeholder="colleague@company.com" required aria-label="Email to invite" />
        <select name="role" aria-label="Role" defaultValue="member">
          <option value="member">Member</option>
          <option value="admin">Admin</option>
        </select>
        <button type="submit">Create invitation</button>
      </form>
      <ErrorNote error={error} />
      <h2>Pending invitations</h2>
      <ErrorNote error={invitations.error} />
      {invitations.data?.length === 0 && (
        <p className="muted">None. No email is sent: share the link shown here with the invitee.</p>
      )}
      <ul className="invitations">
        {invitations.data?.map((i) => (
          <li key={i.id}>
            <span>
              {i.email} ({i.role})
            </span>
            <input
              readOnly
              value={i.acceptUrl}
              aria-label={`Invitation link for ${i.email}`}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(i.acceptUrl)}>
              Copy link
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
