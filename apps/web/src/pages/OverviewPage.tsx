import { featureLabels, planLabels } from "@opsdash/sdk";
import { ErrorNote } from "../components/ErrorNote.tsx";
import { trpc } from "../lib/trpc.ts";

export function OverviewPage() {
  const org = trpc.org.current.useQuery();
  if (org.error) return <ErrorNote error={org.error} />;
  if (!org.data) return <p className="muted">Loading…</p>;
  return (
    <section className="page">
      <h1>{org.data.orgName}</h1>
      <p className="muted">
        You are {org.data.role === "member" ? "a member" : `an ${org.data.role}`} of this organization, on the{" "}
        {planLabels[org.data.plan]} plan.
      </p>
      <h2>What your plan includes</h2>
      <ul className="features">
        {org.data.features.map((f) => (
          <li key={f.feature} className={f.enabled ? "enabled" : "locked"} data-feature={f.feature}>
            <strong>{featureLabels[f.feature]}</strong>{" "}
            {f.enabled ? (
              <span className="tag ok">Included</span>
            ) : (
              <span className="tag locked">Locked: needs {planLabels[f.requiredPlan]}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
