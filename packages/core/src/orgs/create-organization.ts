import type { DbTx } from "@opsdash/db";
import { planSchema } from "@opsdash/sdk";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";
import { isUniqueViolation } from "../errors/prisma-errors.ts";

export const orgSlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, "Slug must be 1-48 lowercase letters, digits or dashes");

export const createOrganizationInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  slug: orgSlugSchema,
  plan: planSchema.default("free"),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

export const organizationSelect = { id: true, name: true, slug: true, plan: true, createdAt: true } as const;

/** Creates an organization without members (operators add them with addMember). */
export async function createOrganization({ db }: { db: DbTx }, input: CreateOrganizationInput) {
  const data = createOrganizationInput.parse(input);
  try {
    return await db.organization.create({ data, select: organizationSelect });
  } catch (error) {
    if (isUniqueViolation(error, "slug"))
      throw new AppError("CONFLICT", `An organization with slug "${data.slug}" already exists.`);
    throw error;
  }
}
