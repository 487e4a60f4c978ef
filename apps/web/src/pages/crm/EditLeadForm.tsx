import { type LeadStatus, leadStatusSchema } from "@opsdash/sdk";
import type { FormEvent } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { Field } from "../../components/Field.tsx";
import { FormActions } from "../../components/FormActions.tsx";
import { type RouterOutputs, trpc } from "../../lib/trpc.ts";

type Lead = RouterOutputs["crm"]["leads"]["list"]["items"][number];
const editableStatuses = leadStatusSchema.options.filter((s) => s !== "converted");

export function EditLeadForm({ lead, onDone }: { lead: Lead; onDone: () => void }) {
  const utils = trpc.useUtils();
  const members = trpc.org.members.useQuery();
  const update = trpc.crm.leads.update.useMutation({
    onSuccess: async () => {
      await utils.crm.leads.invalidate();
      onDone();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    update.mutate({
      id: lead.id,
      name: text("name"),
      email: text("email"),
      company: text("company"),
      phone: text("phone"),
      source: text("source"),
      notes: text("notes"),
      ownerId: text("ownerId") || null,
      ...(lead.status !== "converted" && { status: text("status") as Exclude<LeadStatus, "converted"> }),
    });
  }
  return (
    <form className="card grid-form" onSubmit={submit} aria-label={`Edit ${lead.name}`}>
      <Field label="Name" name="name" required defaultValue={lead.name} />
      <Field label="Email" name="email" type="email" required defaultValue={lead.email} />
      <Field label="Company" name="company" defaultValue={lead.company ?? ""} />
      <Field label="Phone" name="phone" defaultValue={lead.phone ?? ""} />
      <Field label="Source" name="source" defaultValue={lead.source ?? ""} />
      {lead.status !== "converted" && (
        <label>
          Status
          <select name="status" defaultValue={lead.status}>
            {editableStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Owner
        <select name="ownerId" defaultValue={lead.ownerId ?? ""}>
          <option value="">Nobody</option>
          {members.data?.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        Notes
        <textarea name="notes" rows={2} defaultValue={lead.notes ?? ""} />
      </label>
      <ErrorNote error={update.error} />
      <FormActions pending={update.isPending} onCancel={onDone} />
    </form>
  );
}
