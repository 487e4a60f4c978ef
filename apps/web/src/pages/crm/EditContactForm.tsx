import type { FormEvent } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { Field } from "../../components/Field.tsx";
import { FormActions } from "../../components/FormActions.tsx";
import { type RouterOutputs, trpc } from "../../lib/trpc.ts";

type Contact = RouterOutputs["crm"]["contacts"]["get"];

export function EditContactForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const utils = trpc.useUtils();
  const update = trpc.crm.contacts.update.useMutation({
    onSuccess: async () => {
      await utils.crm.contacts.invalidate();
      onDone();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const addEmail = String(form.get("addEmail") ?? "").trim();
    update.mutate({
      id: contact.id,
      name: String(form.get("name")),
      company: String(form.get("company") ?? ""),
      phone: String(form.get("phone") ?? ""),
      addEmails: addEmail ? [addEmail] : [],
      removeEmails: contact.extraEmails.filter((email) => form.get(`remove:${email}`) === "on"),
    });
  }
  return (
    <form className="card grid-form" onSubmit={submit} aria-label="Edit contact">
      <Field label="Name" name="name" required defaultValue={contact.name} />
      <Field label="Company" name="company" defaultValue={contact.company ?? ""} />
      <Field label="Phone" name="phone" defaultValue={contact.phone ?? ""} />
      <Field label="Add another email" name="addEmail" type="email" placeholder="other@address.com" />
      {contact.extraEmails.map((email) => (
        <label key={email} className="checkbox">
          <input type="checkbox" name={`remove:${email}`} /> Remove {email}
        </label>
      ))}
      <ErrorNote error={update.error} />
      <FormActions pending={update.isPending} onCancel={onDone} />
    </form>
  );
}
