import type { DbTx } from "@opsdash/db";
import { AppError } from "../errors/app-error.ts";
import { organizationSelect } from "./create-organization.ts";

export async function findOrganizationBySlug({ db }: { db: DbTx }, slug: string) {
  const org = await db.organization.findUnique({ where: { slug }, select: organizationSelect });
  if (!org) throw new AppError("NOT_FOUND", `No organization with slug "${slug}".`);
  return org;
}
