import type { Db } from "@opsdash/db";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { recordEvent } from "../events/record-event.ts";
import { dealSelect, toDealDto } from "./deal-dto.ts";
import { findStage } from "./pipeline.ts";

export const moveDealInput = z.object({ id: z.uuid(), stage: z.string().min(1).max(100) });
export type MoveDealInput = z.input<typeof moveDealInput>;

/**
 * Moves a deal to another stage. A won/lost stage closes it (status, closed_at); moving back to
 * an open stage reopens it. Emits `deal.stage_changed`, plus `deal.won` / `deal.lost` when the
 * move closes it that way. Moving to the stage it is in changes nothing and emits nothing.
 */
export async function moveDeal({ db }: { db: Db }, orgId: string, input: MoveDealInput) {
  const { id, stage: stageKey } = moveDealInput.parse(input);
  return db.$transaction(async (tx) => {
    // Lock the deal so concurrent moves apply one after the other, each with the right `from`.
    await tx.$queryRaw`SELECT 1 FROM deals WHERE id = ${id}::uuid AND organization_id = ${orgId}::uuid FOR UPDATE`;
    const current = await tx.deal.findFirst({
      where: { id, organizationId: orgId },
      select: { stage: true, status: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "Deal not found.");
    const stage = await findStage(tx, orgId, stageKey);
    if (stage.key === current.stage) {
      return toDealDto(await tx.deal.findUniqueOrThrow({ where: { id }, select: dealSelect }));
    }
    const closes = stage.status !== "open";
    const deal = toDealDto(
      await tx.deal.update({
        where: { id },
        data: { stage: stage.key, status: stage.status, closedAt: closes ? new Date() : null },
        select: dealSelect,
      }),
    );
    await recordEvent(tx, {
      orgId,
      type: "deal.stage_changed",
      contactId: deal.contactId,
      data: {
        deal_id: deal.id,
        title: deal.title,
        from: current.stage,
        to: stage.key,
        status: deal.status,
        value: deal.value,
        currency: deal.currency,
        contact_id: deal.contactId,
      },
    });
    if (closes && current.status !== stage.status) {
      await recordEvent(tx, {
        orgId,
        type: stage.status === "won" ? "deal.won" : "deal.lost",
        contactId: deal.contactId,
        data: {
          deal_id: deal.id,
          title: deal.title,
          value: deal.value,
          currency: deal.currency,
          contact_id: deal.contactId,
          stage: stage.key,
        },
      });
    }
    return deal;
  });
}
