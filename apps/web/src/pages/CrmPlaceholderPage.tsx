const titles: Record<string, string> = { leads: "Leads", contacts: "Contacts", deals: "Deals" };

export function CrmPlaceholderPage({ section }: { section: string }) {
  return (
    <section className="page">
      <h1>{titles[section] ?? "CRM"}</h1>
      <div className="empty">
        <p>The CRM core (leads, contacts, deals, activities) is not built yet.</p>
        <p className="muted">
          It is the next step on the roadmap; this page will list your {titles[section]?.toLowerCase() ?? "records"}.
        </p>
      </div>
    </section>
  );
}
