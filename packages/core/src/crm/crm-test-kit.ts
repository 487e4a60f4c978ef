import type { Db } from "@opsdash/db";

/** The org's outbox, oldest first: what webhooks would deliver. */
export async function eventsOf(db: Db, orgId: string) {
  return db.domainEvent.findMany({
    where: { organizationId: orgId },
    orderBy: { seq: "asc" },
    select: { id: true, type: true, data: true, contactId: true },
  });
}

export async function countRows(db: Db, orgId: string) {
  const where = { organizationId: orgId };
  const [leads, contacts, deals, events] = await Promise.all([
    db.lead.count({ where }),
    db.contact.count({ where }),
    db.deal.count({ where }),
    db.domainEvent.count({ where }),
  ]);
  return { leads, contacts, deals, events };
}
