import type { Db } from "@opsdash/db";
import type { Auth } from "../auth/create-auth.ts";
import { isAppError } from "../errors/app-error.ts";
import { addMember } from "../orgs/add-member.ts";
import { createOrganization } from "../orgs/create-organization.ts";
import { createUser } from "../users/create-user.ts";
import { seedDemoCrm } from "./seed-demo-crm.ts";

export const demo = {
  orgName: "Demo Company",
  orgSlug: "demo",
  plan: "pro",
  ownerEmail: "owner@demo.opsdash.dev",
  ownerPassword: "opsdash-demo",
  ownerName: "Demo Owner",
} as const;

/**
 * Seeds the demo organisation and its owner once. Runs on every start: when the demo org
 * exists it does nothing, so restarts never duplicate rows.
 */
export async function seedDemo({ db, auth }: { db: Db; auth: Auth }): Promise<{ created: boolean }> {
  const existing = await db.organization.findUnique({ where: { slug: demo.orgSlug }, select: { id: true } });
  if (existing) return { created: false };
  const hasOwner = await db.user.findUnique({ where: { email: demo.ownerEmail }, select: { id: true } });
  if (!hasOwner) {
    await createUser({ db, auth }, { email: demo.ownerEmail, password: demo.ownerPassword, name: demo.ownerName });
  }
  let org: { id: string };
  try {
    org = await createOrganization({ db }, { name: demo.orgName, slug: demo.orgSlug, plan: demo.plan });
  } catch (error) {
    // Another process seeded it between our check and insert.
    if (isAppError(error) && error.code === "CONFLICT") return { created: false };
    throw error;
  }
  await addMember({ db }, { slug: demo.orgSlug, email: demo.ownerEmail, role: "owner" });
  await seedDemoCrm({ db }, org.id);
  return { created: true };
}
