import type { Db, DbTx } from "@opsdash/db";
import { z } from "zod";
import { assertContactsInOrg } from "../org-refs.ts";
import { dealSelect, toDealDto } from "./deal-dto.ts";
import { dealFields } from "./deal-input.ts";
import { findStage, firstOpenStage } from "./pipeline.ts";

export const createDealInput = z.object({
  ...dealFields,
  /** Stage key; defaults to the pipeline's first open stage. */
  stage: z.string().max(100).optional(),
  contactId: z.uuid().nullish(),
});
export type CreateDealInput = z.input<typeof createDealInput>;

export async function createDeal({ db }: { db: Db }, orgId: string, input: CreateDealInput) {
  const data = createDealInput.parse(input);
  return db.$transaction((tx) => insertDeal(tx, orgId, data));
}

/** Inserts a deal inside the caller's transaction (also used by lead conversion). */
export async function insertDeal(tx: DbTx, orgId: string, data: z.output<typeof createDealInput>) {
  if (data.contactId) await assertContactsInOrg(tx, orgId, [data.contactId]);
  const stage = data.stage ? await findStage(tx, orgId, data.stage) : await firstOpenStage(tx, orgId);
  const deal = await tx.deal.create({
    data: {
      organizationId: orgId,
      title: data.title,
      value: BigInt(data.value),
      currency: data.currency,
      stage: stage.key,
      status: stage.status,
      closedAt: stage.status === "open" ? null : new Date(),
      contactId: data.contactId ?? null,
    },
    select: dealSelect,
  });
  return toDealDto(deal);
}
