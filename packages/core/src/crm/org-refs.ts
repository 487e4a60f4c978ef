import type { DbTx } from "@opsdash/db";
import { AppError } from "../errors/app-error.ts";

// Ids that come from callers are checked against the org before they are stored, so a row can
// never point at another org's data.

export async function assertContactsInOrg(db: DbTx, orgId: string, contactIds: string[]): Promise<void> {
  const unique = [...new Set(contactIds)];
  const found = await db.contact.count({ where: { organizationId: orgId, id: { in: unique } } });
  if (found !== unique.length) throw new AppError("NOT_FOUND", "Contact not found.");
}

export async function assertDealInOrg(db: DbTx, orgId: string, dealId: string): Promise<void> {
  const found = await db.deal.count({ where: { organizationId: orgId, id: dealId } });
  if (!found) throw new AppError("NOT_FOUND", "Deal not found.");
}

export async function assertMemberOfOrg(db: DbTx, orgId: string, userId: string): Promise<void> {
  const found = await db.member.count({ where: { organizationId: orgId, userId } });
  if (!found) throw new AppError("INVALID_INPUT", "The owner must be a member of this organization.");
}
