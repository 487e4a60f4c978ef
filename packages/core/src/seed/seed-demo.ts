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
  // Replicas booting together may race here; whoever loses a unique constraint lets the other seed.
  const hasOwner = await db.user.findUnique({ where: { email: demo.ownerEmail }, select: { id: true } });
  if (!hasOwner) {
    const created = await ignoreConflict(
      createUser({ db, auth }, { email: demo.ownerEmail, password: demo.ownerPassword, name: demo.ownerName }),
    );
    if (!created) return { created: false };
  }
  const org = await ignoreConflict(createOrganization({ db }, { name: demo.orgName, slug: demo.orgSlug, plan: demo.plan }));
  if (!org) return { created: false };
  await addMember({ db }, { slug: demo.orgSlug, email: demo.ownerEmail, role: "owner" });
  await seedDemoCrm({ db }, org.id);
  return { created: true };
}

async function ignoreConflict<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return null;
    throw error;
  }
}
