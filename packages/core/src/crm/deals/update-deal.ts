import type { Db } from "@opsdash/db";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { assertContactsInOrg } from "../org-refs.ts";
import { dealSelect, toDealDto } from "./deal-dto.ts";
import { dealFields } from "./deal-input.ts";

export const updateDealInput = z.object({
  id: z.uuid(),
  title: dealFields.title.optional(),
  value: dealFields.value.unwrap().optional(),
  currency: dealFields.currency.unwrap().optional(),
  contactId: z.uuid().nullish(),
});
export type UpdateDealInput = z.input<typeof updateDealInput>;

/** Edits a deal's details; stage changes go through moveDeal (they emit events). */
export async function updateDeal({ db }: { db: Db }, orgId: string, input: UpdateDealInput) {
  const { id, value, ...changes } = updateDealInput.parse(input);
  return db.$transaction(async (tx) => {
    const found = await tx.deal.count({ where: { id, organizationId: orgId } });
    if (!found) throw new AppError("NOT_FOUND", "Deal not found.");
    if (changes.contactId) await assertContactsInOrg(tx, orgId, [changes.contactId]);
    const deal = await tx.deal.update({
      where: { id },
      data: { ...changes, ...(value !== undefined && { value: BigInt(value) }) },
      select: dealSelect,
    });
    return toDealDto(deal);
  });
}
