import type { Db } from "@opsdash/db";
import { leadStatusSchema } from "@opsdash/sdk";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { assertMemberOfOrg } from "../org-refs.ts";
import { emailInput, optionalText, requiredText } from "../text.ts";
import { leadSelect } from "./lead-dto.ts";

export const updateLeadInput = z.object({
  id: z.uuid(),
  name: requiredText("name").optional(),
  email: emailInput.optional(),
  company: optionalText(200).optional(),
  phone: optionalText(50).optional(),
  source: optionalText(100).optional(),
  notes: optionalText(10_000).optional(),
  /** `converted` is reached only by converting the lead. */
  status: leadStatusSchema.exclude(["converted"]).optional(),
  ownerId: z.uuid().nullish(),
});
export type UpdateLeadInput = z.input<typeof updateLeadInput>;

export async function updateLead({ db }: { db: Db }, orgId: string, input: UpdateLeadInput) {
  const { id, ...changes } = updateLeadInput.parse(input);
  return db.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({ where: { id, organizationId: orgId }, select: { status: true } });
    if (!lead) throw new AppError("NOT_FOUND", "Lead not found.");
    if (lead.status === "converted" && changes.status) {
      throw new AppError("CONFLICT", "A converted lead keeps its status; edit the contact or deal instead.");
    }
    if (changes.ownerId) await assertMemberOfOrg(tx, orgId, changes.ownerId);
    return tx.lead.update({ where: { id }, data: changes, select: leadSelect });
  });
}
