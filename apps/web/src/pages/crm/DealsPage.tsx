import { type FormEvent, useState } from "react";
import { ErrorNote } from "../../components/ErrorNote.tsx";
import { Field } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { PageHead } from "../../components/PageHead.tsx";
import { formatMoney, readMoneyFields } from "../../lib/money.ts";
import { Link } from "../../lib/router.tsx";
import { type RouterOutputs, trpc } from "../../lib/trpc.ts";

type Column = RouterOutputs["crm"]["deals"]["board"][number];
type Deal = Column["deals"][number];

export function DealsPage() {
  const board = trpc.crm.deals.board.useQuery();
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState("");
  const columns = board.data ?? [];
  const empty = board.isSuccess && columns.every((c) => c.total === 0);

  return (
    <section className="page">
      <PageHead title="Deals" newLabel="New deal" open={creating} onToggle={() => setCreating(!creating)} />
      {creating && <NewDealForm onDone={() => setCreating(false)} />}
      <div className="filters">
        <input
          type="search"
          placeholder="Search deals by title or contact"
          aria-label="Search deals"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {q ? <DealSearchResults q={q} stages={columns} /> : <Board columns={columns} empty={empty} error={board.error} />}
    </section>
  );
}

function Board({ columns, empty, error }: { columns: Column[]; empty: boolean; error: unknown }) {
  return (
    <>
      <ErrorNote error={error} />
      {empty && (
        <p className="muted">No deals yet. Convert a lead with “Also create a deal”, or add one with “New deal”.</p>
      )}
      <div className="board">
        {columns.map((column) => (
          <div key={column.key} className={`column column-${column.status}`} data-stage={column.key}>
            <h3>
              {column.name} <span className="muted">{column.total}</span>
            </h3>
            {column.deals.map((deal) => (
              <DealCard key={deal.id} deal={deal} stages={columns} />
            ))}
          </div>
        ))}
      </div>
    </>
  );
}

function DealSearchResults({ q, stages }: { q: string; stages: Column[] }) {
  const deals = trpc.crm.deals.list.useInfiniteQuery(
    { q, limit: 25 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const rows = deals.data?.pages.flatMap((p) => p.items) ?? [];
  const stageName = (key: string) => stages.find((s) => s.key === key)?.name ?? key;
  return (
    <>
      <ErrorNote error={deals.error} />
      {deals.isSuccess && rows.length === 0 && <p className="muted">No deals match “{q}”.</p>}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Deal</th>
              <th>Value</th>
              <th>Stage</th>
              <th>Contact</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((deal) => (
              <tr key={deal.id}>
                <td>{deal.title}</td>
                <td>{formatMoney(deal.value, deal.currency)}</td>
                <td>{stageName(deal.stage)}</td>
                <td>{deal.contactId && <Link to={`/crm/contacts/${deal.contactId}`}>{deal.contactName}</Link>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore query={deals} />
    </>
  );
}

function DealCard({ deal, stages }: { deal: Deal; stages: Column[] }) {
  const utils = trpc.useUtils();
  const move = trpc.crm.deals.move.useMutation({ onSuccess: () => utils.crm.invalidate() });
  const moveTo = (stage: string) => move.mutate({ id: deal.id, stage });
  const wonStage = stages.find((s) => s.status === "won");
  const lostStage = stages.find((s) => s.status === "lost");
  return (
    <article className="deal" data-deal={deal.title}>
      <strong>{deal.title}</strong>
      <span>{formatMoney(deal.value, deal.currency)}</span>
      {deal.contactId && <Link to={`/crm/contacts/${deal.contactId}`}>{deal.contactName}</Link>}
      <select
        aria-label={`Stage of ${deal.title}`}
        value={deal.stage}
        onChange={(e) => moveTo(e.target.value)}
        disabled={move.isPending}
      >
        {stages.map((s) => (
          <option key={s.key} value={s.key}>
            {s.name}
          </option>
        ))}
      </select>
      {deal.status === "open" && wonStage && lostStage && (
        <div className="row">
          <button type="button" className="won" onClick={() => moveTo(wonStage.key)} disabled={move.isPending}>
            Won
          </button>
          <button type="button" className="lost" onClick={() => moveTo(lostStage.key)} disabled={move.isPending}>
            Lost
          </button>
        </div>
      )}
      <ErrorNote error={move.error} />
    </article>
  );
}

function NewDealForm({ onDone }: { onDone: () => void }) {
  const utils = trpc.useUtils();
  const [error, setError] = useState<unknown>(null);
  const create = trpc.crm.deals.create.useMutation({
    onSuccess: async () => {
      await utils.crm.deals.invalidate();
      onDone();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      create.mutate({ title: String(form.get("title")), ...readMoneyFields(form) });
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form className="card grid-form" onSubmit={submit} aria-label="New deal">
      <Field label="Title" name="title" required />
      <Field label="Value" name="value" inputMode="decimal" placeholder="1500" />
      <Field label="Currency" name="currency" defaultValue="USD" maxLength={3} />
      <ErrorNote error={error ?? create.error} />
      <button type="submit" disabled={create.isPending}>
        Save deal
      </button>
    </form>
  );
}
