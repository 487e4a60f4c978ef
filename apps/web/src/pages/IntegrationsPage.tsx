import { type Feature, featureLabels, planLabels } from "@opsdash/sdk";
import { ErrorNote } from "../components/ErrorNote.tsx";
import { Link } from "../lib/router.tsx";
import { trpc } from "../lib/trpc.ts";

const tabs: { slug: string; label: string; feature: Feature; about: string }[] = [
  {
    slug: "api-keys",
    label: "API Keys",
    feature: "platform:api-access",
    about: "Org-scoped keys for the REST API and the Lead Capture API.",
  },
  {
    slug: "webhooks",
    label: "Webhooks",
    feature: "platform:webhooks",
    about: "Signed HTTP callbacks when leads, contacts and deals change.",
  },
  {
    slug: "gmail",
    label: "Gmail",
    feature: "crm:email-integration",
    about: "Sync emails with your contacts into CRM activities.",
  },
];

export function IntegrationsPage({ path }: { path: string }) {
  const org = trpc.org.current.useQuery();
  const tab = tabs.find((t) => path.endsWith(`/${t.slug}`)) ?? tabs[0]!;
  if (org.error) return <ErrorNote error={org.error} />;
  if (!org.data) return <p className="muted">Loading…</p>;
  const access = org.data.features.find((f) => f.feature === tab.feature)!;

  return (
    <section className="page">
      <h1>Integrations</h1>
      <div className="tabs" role="tablist">
        {tabs.map((t) => {
          const locked = !org.data.features.find((f) => f.feature === t.feature)?.enabled;
          return (
            <Link key={t.slug} to={`/settings/integrations/${t.slug}`} className={t === tab ? "tab active" : "tab"}>
              {t.label}
              {locked && <span className="tag locked">Locked</span>}
            </Link>
          );
        })}
      </div>
      <div className="card">
        <h2>{featureLabels[tab.feature]}</h2>
        <p className="muted">{tab.about}</p>
        {access.enabled ? (
          <p>Included in your plan. Setup for this integration is not built yet; it arrives in an upcoming release.</p>
        ) : (
          <p className="locked-note" data-testid="locked-note">
            Locked on the {planLabels[org.data.plan]} plan. Available on {planLabels[access.requiredPlan]}
            {access.requiredPlan === "enterprise" ? "" : " and Enterprise"}. Plans are changed by an OpsDash operator.
          </p>
        )}
      </div>
    </section>
  );
}
