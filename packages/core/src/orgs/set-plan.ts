import type { DbTx } from "@opsdash/db";
import { type Plan, planSchema } from "@opsdash/sdk";
import { organizationSelect } from "./create-organization.ts";
import { findOrganizationBySlug } from "./find-organization.ts";

/** Operator action: plans change by CLI, not self-serve billing. */
export async function setPlan({ db }: { db: DbTx }, input: { slug: string; plan: Plan }) {
  const plan = planSchema.parse(input.plan);
  const org = await findOrganizationBySlug({ db }, input.slug);
  return db.organization.update({ where: { id: org.id }, data: { plan }, select: organizationSelect });
}
