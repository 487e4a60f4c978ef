import type { DbTx } from "@opsdash/db";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";
import { findOrganizationBySlug } from "./find-organization.ts";
import { orgRoleSchema } from "./roles.ts";

export const addMemberInput = z.object({
  slug: z.string(),
  email: z.email().transform((email) => email.toLowerCase()),
  role: orgRoleSchema,
});
export type AddMemberInput = z.input<typeof addMemberInput>;

/** Adds an existing user to an org, or changes the role they hold there. */
export async function addMember({ db }: { db: DbTx }, input: AddMemberInput) {
  const { slug, email, role } = addMemberInput.parse(input);
  const org = await findOrganizationBySlug({ db }, slug);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with email ${email}. Create one first: opsdash user create.`);
  const member = await db.member.upsert({
    where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
    create: { organizationId: org.id, userId: user.id, role },
    update: { role },
    select: { id: true, role: true },
  });
  return { memberId: member.id, org: org.slug, email, role };
}
