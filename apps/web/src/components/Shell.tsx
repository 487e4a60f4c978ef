import { planLabels } from "@opsdash/sdk";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { authClient, unwrap } from "../lib/auth-client.ts";
import { Link, navigate } from "../lib/router.tsx";
import { trpc } from "../lib/trpc.ts";
import { CreateOrgPage } from "../pages/CreateOrgPage.tsx";
import { ContactPage } from "../pages/crm/ContactPage.tsx";
import { ContactsPage } from "../pages/crm/ContactsPage.tsx";
import { DealsPage } from "../pages/crm/DealsPage.tsx";
import { LeadsPage } from "../pages/crm/LeadsPage.tsx";
import { IntegrationsPage } from "../pages/IntegrationsPage.tsx";
import { MembersPage } from "../pages/MembersPage.tsx";
import { OverviewPage } from "../pages/OverviewPage.tsx";
import { ErrorNote } from "./ErrorNote.tsx";
import { OrgSwitcher } from "./OrgSwitcher.tsx";

const nav = [
  {
    section: "CRM",
    links: [
      ["/crm/leads", "Leads"],
      ["/crm/contacts", "Contacts"],
      ["/crm/deals", "Deals"],
    ],
  },
  {
    section: "Settings",
    links: [
      ["/settings/members", "Members"],
      ["/settings/integrations", "Integrations"],
    ],
  },
] as const;

export function Shell({ path }: { path: string }) {
  const queryClient = useQueryClient();
  const me = trpc.me.get.useQuery();
  const memberships = me.data?.memberships ?? [];
  const activeOrgId = me.data?.activeOrgId;
  const activeIsValid = memberships.some((m) => m.orgId === activeOrgId);

  const [activationError, setActivationError] = useState<unknown>(null);

  // A session starts with no active org: pick the first one the user belongs to.
  useEffect(() => {
    const first = memberships[0];
    if (me.data && !activeIsValid && first) {
      unwrap(authClient.organization.setActive({ organizationId: first.orgId }))
        .then(() => queryClient.invalidateQueries())
        .catch(setActivationError);
    }
  }, [me.data, activeIsValid, memberships, queryClient]);

  if (me.isPending) return <p className="centered muted">Loading…</p>;
  if (me.error) return <ErrorNote error={me.error} />;
  if (memberships.length === 0) return <CreateOrgPage first />;
  if (activationError) return <ErrorNote error={activationError} />;
  if (!activeIsValid) return <p className="centered muted">Opening your organization…</p>;

  const active = memberships.find((m) => m.orgId === activeOrgId)!;
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          OpsDash
        </Link>
        <OrgSwitcher memberships={memberships} activeOrgId={active.orgId} />
        <span className={`plan-badge plan-${active.plan}`} data-testid="plan-badge">
          {planLabels[active.plan]} plan
        </span>
        <span className="spacer" />
        <span className="muted">{me.data.user.email}</span>
        <button
          type="button"
          className="link"
          onClick={async () => {
            await authClient.signOut();
            queryClient.clear();
            navigate("/sign-in");
          }}
        >
          Sign out
        </button>
      </header>
      <nav className="sidebar">
        {nav.map((group) => (
          <div key={group.section}>
            <h4>{group.section}</h4>
            {group.links.map(([to, label]) => (
              <Link key={to} to={to} className={path.startsWith(to) ? "active" : ""}>
                {label}
              </Link>
            ))}
          </div>
        ))}
      </nav>
      <main className="content">
        <Page path={path} />
      </main>
    </div>
  );
}

function Page({ path }: { path: string }) {
  if (path === "/orgs/new") return <CreateOrgPage first={false} />;
  if (path === "/crm/leads") return <LeadsPage />;
  if (path === "/crm/contacts") return <ContactsPage />;
  if (path.startsWith("/crm/contacts/")) return <ContactPage id={path.split("/")[3] ?? ""} />;
  if (path === "/crm/deals") return <DealsPage />;
  if (path === "/settings/members") return <MembersPage />;
  if (path.startsWith("/settings/integrations")) return <IntegrationsPage path={path} />;
  return <OverviewPage />;
}
