import { type FormEvent, useState } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { Field } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { PageHead } from "../../components/PageHead.tsx";
import { formatDate } from "../../lib/format.ts";
import { Link, navigate } from "../../lib/router.tsx";
import { trpc } from "../../lib/trpc.ts";

export function ContactsPage() {
  const [q, setQ] = useState("");
  const [creating, setCreating] = useState(false);
  const contacts = trpc.crm.contacts.list.useInfiniteQuery(
    { q: q || undefined, limit: 25 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const rows = contacts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="page">
      <PageHead title="Contacts" newLabel="New contact" open={creating} onToggle={() => setCreating(!creating)} />
      {creating && <NewContactForm />}
      <div className="filters">
        <input
          type="search"
          placeholder="Search name, email or company"
          aria-label="Search contacts"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <ErrorNote error={contacts.error} />
      {contacts.isSuccess && rows.length === 0 && (
        <div className="empty">
          {q ? (
            <p>No contacts match “{q}”.</p>
          ) : (
            <>
              <p>No contacts yet.</p>
              <p className="muted">Converting a lead creates its contact; or add one with “New contact”.</p>
            </>
          )}
        </div>
      )}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Company</th>
              <th>Phone</th>
              <th>Added</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/crm/contacts/${c.id}`}>{c.name}</Link>
                </td>
                <td>
                  {c.email}
                  {c.extraEmails.length > 0 && <span className="muted"> +{c.extraEmails.length}</span>}
                </td>
                <td>{c.company}</td>
                <td>{c.phone}</td>
                <td>{formatDate(c.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore query={contacts} />
    </section>
  );
}

function NewContactForm() {
  const utils = trpc.useUtils();
  const create = trpc.crm.contacts.create.useMutation({
    onSuccess: async (contact) => {
      await utils.crm.contacts.invalidate();
      navigate(`/crm/contacts/${contact.id}`);
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: String(form.get("name")),
      email: String(form.get("email")),
      company: String(form.get("company") || "") || undefined,
      phone: String(form.get("phone") || "") || undefined,
    });
  }
  return (
    <form className="card grid-form" onSubmit={submit} aria-label="New contact">
      <Field label="Name" name="name" required />
      <Field label="Email" name="email" type="email" required />
      <Field label="Company" name="company" />
      <Field label="Phone" name="phone" />
      <ErrorNote error={create.error} />
      <button type="submit" disabled={create.isPending}>
        Save contact
      </button>
    </form>
  );
}
