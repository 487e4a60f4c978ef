import { type FormEvent, useState } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { readMoneyFields } from "../../lib/money.ts";
import { navigate } from "../../lib/router.tsx";
import { trpc } from "../../lib/trpc.ts";

interface Props {
  lead: { id: string; name: string; company: string | null };
  onDone: () => void;
}

/** Converts a lead to a contact, optionally opening a deal, in one step. */
export function ConvertLeadForm({ lead, onDone }: Props) {
  const utils = trpc.useUtils();
  const [withDeal, setWithDeal] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const convert = trpc.crm.leads.convert.useMutation({
    onSuccess: async (result) => {
      await utils.crm.invalidate();
      onDone();
      navigate(`/crm/contacts/${result.contactId}`);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const deal = withDeal ? { title: String(form.get("title") || "") || undefined, ...readMoneyFields(form) } : null;
      convert.mutate({ id: lead.id, deal });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form className="convert" onSubmit={submit} aria-label={`Convert ${lead.name}`}>
      <label className="checkbox">
        <input type="checkbox" checked={withDeal} onChange={(e) => setWithDeal(e.target.checked)} /> Also create a deal
      </label>
      {withDeal && (
        <>
          <input name="title" placeholder={lead.company ?? lead.name} aria-label="Deal title" />
          <input name="value" inputMode="decimal" placeholder="Value, e.g. 1500" aria-label="Deal value" />
          <input name="currency" defaultValue="USD" maxLength={3} size={4} aria-label="Currency" />
        </>
      )}
      <button type="submit" disabled={convert.isPending}>
        Convert lead
      </button>
      <button type="button" className="link" onClick={onDone}>
        Cancel
      </button>
      <ErrorNote error={error ?? convert.error} />
    </form>
  );
}
