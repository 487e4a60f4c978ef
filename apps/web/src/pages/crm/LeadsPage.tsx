import { type LeadStatus, leadStatusSchema } from "@opsdash/sdk";
import { type FormEvent, useState } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { Field } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { PageHead } from "../../components/PageHead.tsx";
import { formatDate } from "../../lib/format.ts";
import { Link } from "../../lib/router.tsx";
import { trpc } from "../../lib/trpc.ts";
import { ConvertLeadForm } from "./ConvertLeadForm.tsx";
import { EditLeadForm } from "./EditLeadForm.tsx";

const textOrUndefined = (value: FormDataEntryValue | null) => (value ? String(value) : undefined);

export function LeadsPage() {
  const [q, setQ] = useState("");
  const [status, setStatus] = useState<LeadStatus | "">("");
  const [creating, setCreating] = useState(false);
  const [converting, setConverting] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const leads = trpc.crm.leads.list.useInfiniteQuery(
    { q: q || undefined, status: status || undefined, limit: 25 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const rows = leads.data?.pages.flatMap((p) => p.items) ?? [];
  const members = trpc.org.members.useQuery();
  const ownerName = (userId: string | null) => members.data?.find((m) => m.userId === userId)?.name ?? "";

  return (
    <section className="page">
      <PageHead title="Leads" newLabel="New lead" open={creating} onToggle={() => setCreating(!creating)} />
      {creating && <NewLeadForm onDone={() => setCreating(false)} />}
      {rows
        .filter((lead) => lead.id === editing)
        .map((lead) => (
          <EditLeadForm key={lead.id} lead={lead} onDone={() => setEditing(null)} />
        ))}
      <div className="filters">
        <input
          type="search"
          placeholder="Search name, email or company"
          aria-label="Search leads"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value as LeadStatus | "")}>
          <option value="">All statuses</option>
          {leadStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <ErrorNote error={leads.error} />
      {leads.isSuccess && rows.length === 0 && (
        <div className="empty">
          {q || status ? (
            <p>No leads match these filters.</p>
          ) : (
            <>
              <p>No leads yet.</p>
              <p className="muted">
                Add one with “New lead”, or send them in through the Lead Capture API once it is enabled.
              </p>
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
              <th>Source</th>
              <th>Status</th>
              <th>Owner</th>
              <th>Created</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((lead) => (
              <tr key={lead.id} data-lead={lead.email}>
                <td>{lead.name}</td>
                <td>{lead.email}</td>
                <td>{lead.company}</td>
                <td>{lead.source}</td>
                <td>
                  <span className={`status status-${lead.status}`}>{lead.status}</span>
                </td>
                <td>{ownerName(lead.ownerId)}</td>
                <td>{formatDate(lead.createdAt)}</td>
                <td>
                  {lead.status === "converted" && lead.contactId ? (
                    <Link to={`/crm/contacts/${lead.contactId}`}>View contact</Link>
                  ) : converting === lead.id ? (
                    <ConvertLeadForm lead={lead} onDone={() => setConverting(null)} />
                  ) : (
                    <div className="row">
                      <button type="button" className="secondary" onClick={() => setConverting(lead.id)}>
                        Convert
                      </button>
                      <button type="button" className="link" onClick={() => setEditing(lead.id)}>
                        Edit
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore query={leads} />
    </section>
  );
}

function NewLeadForm({ onDone }: { onDone: () => void }) {
  const utils = trpc.useUtils();
  const create = trpc.crm.leads.create.useMutation({
    onSuccess: async () => {
      await utils.crm.leads.list.invalidate();
      onDone();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: String(form.get("name")),
      email: String(form.get("email")),
      company: textOrUndefined(form.get("company")),
      phone: textOrUndefined(form.get("phone")),
      source: textOrUndefined(form.get("source")),
    });
  }
  return (
    <form className="card grid-form" onSubmit={submit} aria-label="New lead">
      <Field label="Name" name="name" required />
      <Field label="Email" name="email" type="email" required />
      <Field label="Company" name="company" />
      <Field label="Phone" name="phone" />
      <Field label="Source" name="source" placeholder="web form, event, referral…" />
      <ErrorNote error={create.error} />
      <button type="submit" disabled={create.isPending}>
        Save lead
      </button>
    </form>
  );
}
