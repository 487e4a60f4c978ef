import { type FormEvent, useState } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { Field } from "../../components/Field.tsx";
import { FormActions } from "../../components/FormActions.tsx";
import { formatDate } from "../../lib/format.ts";
import { Link } from "../../lib/router.tsx";
import { type RouterOutputs, trpc } from "../../lib/trpc.ts";
import { describeEvent } from "./describe-event.ts";
import { EditContactForm } from "./EditContactForm.tsx";

type TimelineItem = RouterOutputs["crm"]["contacts"]["timeline"]["items"][number];

export function ContactPage({ id }: { id: string }) {
  const contact = trpc.crm.contacts.get.useQuery({ id });
  const timeline = trpc.crm.contacts.timeline.useQuery({ contactId: id });
  const [editing, setEditing] = useState(false);

  if (contact.error) return <ErrorNote error={contact.error} />;
  if (!contact.data) return <p className="muted">Loading…</p>;
  const c = contact.data;
  return (
    <section className="page">
      <p className="muted">
        <Link to="/crm/contacts">← Contacts</Link>
      </p>
      <h1>{c.name}</h1>
      <p className="muted">
        {[c.email, ...c.extraEmails].join(" · ")}
        {c.company && ` · ${c.company}`}
        {c.phone && ` · ${c.phone}`}
      </p>
      {editing ? (
        <EditContactForm contact={c} onDone={() => setEditing(false)} />
      ) : (
        <div className="row">
          <LogActivityForm contactId={id} />
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit contact
          </button>
        </div>
      )}
      <h2>Timeline</h2>
      <ErrorNote error={timeline.error} />
      {timeline.data?.items.length === 0 && <p className="muted">Nothing yet. Log a call, meeting or note above.</p>}
      <ol className="timeline" aria-label="Timeline">
        {timeline.data?.items.map((item) => (
          <TimelineEntry key={item.id} item={item} />
        ))}
      </ol>
    </section>
  );
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  if (item.kind === "event") {
    return (
      <li className="event" data-event={item.type}>
        <span className="when">{formatDate(item.at)}</span>
        <span>{describeEvent(item.type, item.data)}</span>
      </li>
    );
  }
  return (
    <li className={`activity activity-${item.type}`} data-activity={item.type}>
      <span className="when">{formatDate(item.at)}</span>
      <span>
        <strong>
          {item.type}
          {item.direction ? ` (${item.direction})` : ""}:
        </strong>{" "}
        {item.subject}
        {item.body && <p className="body">{item.body}</p>}
      </span>
    </li>
  );
}

function LogActivityForm({ contactId }: { contactId: string }) {
  const utils = trpc.useUtils();
  const [open, setOpen] = useState(false);
  const create = trpc.crm.activities.create.useMutation({
    onSuccess: async () => {
      await utils.crm.contacts.timeline.invalidate({ contactId });
      setOpen(false);
    },
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Log activity
      </button>
    );
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      type: form.get("type") as "note" | "call" | "meeting",
      subject: String(form.get("subject")),
      body: String(form.get("body") || "") || undefined,
      contactIds: [contactId],
    });
  }
  return (
    <form className="card" onSubmit={submit} aria-label="Log activity">
      <label>
        Type
        <select name="type" defaultValue="note">
          <option value="note">Note</option>
          <option value="call">Call</option>
          <option value="meeting">Meeting</option>
        </select>
      </label>
      <Field label="Subject" name="subject" required />
      <label>
        Details
        <textarea name="body" rows={3} />
      </label>
      <ErrorNote error={create.error} />
      <FormActions pending={create.isPending} onCancel={() => setOpen(false)} label="Save" />
    </form>
  );
}
