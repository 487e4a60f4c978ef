import type { DbTx, Plan } from "@opsdash/db";
import { type OrgRole, parseOrgRole } from "./roles.ts";

export interface Membership {
  orgId: string;
  orgName: string;
  orgSlug: string;
  plan: Plan;
  role: OrgRole;
}

/** The user's membership of the org, or null when they are not a member. */
export async function getMembership({ db }: { db: DbTx }, userId: string, orgId: string): Promise<Membership | null> {
  const member = await db.member.findUnique({
    where: { organizationId_userId: { organizationId: orgId, userId } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, plan: true } } },
  });
  if (!member) return null;
  const { organization: org } = member;
  return { orgId: org.id, orgName: org.name, orgSlug: org.slug, plan: org.plan, role: parseOrgRole(member.role) };
}

/** Every org the user belongs to, for the org switcher. */
export async function listMemberships({ db }: { db: DbTx }, userId: string): Promise<Membership[]> {
  const members = await db.member.findMany({
    where: { userId },
    orderBy: { organization: { name: "asc" } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, plan: true } } },
  });
  return members.map(({ role, organization: org }) => ({
    orgId: org.id,
    orgName: org.name,
    orgSlug: org.slug,
    plan: org.plan,
    role: parseOrgRole(role),
  }));
}
