import type { Db, Prisma } from "@opsdash/db";
import { dealStatusSchema } from "@opsdash/sdk";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { afterCursor, newestFirst, pageInput, toPage } from "../pagination.ts";
import { dealSelect, toDealDto } from "./deal-dto.ts";
import { getPipeline } from "./pipeline.ts";

export const listDealsInput = pageInput.extend({
  /** Matches the title or the contact's name, case-insensitively. */
  q: z.string().trim().max(200).optional(),
  status: dealStatusSchema.optional(),
  stage: z.string().max(100).optional(),
  contactId: z.uuid().optional(),
});
export type ListDealsInput = z.input<typeof listDealsInput>;

export async function listDeals({ db }: { db: Db }, orgId: string, input: ListDealsInput = {}) {
  const { q, status, stage, contactId, cursor, limit } = listDealsInput.parse(input);
  const where: Prisma.DealWhereInput = {
    organizationId: orgId,
    ...(status && { status }),
    ...(stage && { stage }),
    ...(contactId && { contactId }),
    ...(q && {
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { contact: { name: { contains: q, mode: "insensitive" } } },
      ],
    }),
    AND: [afterCursor(cursor)],
  };
  const rows = await db.deal.findMany({ where, orderBy: newestFirst, take: limit + 1, select: dealSelect });
  return toPage(rows, limit, toDealDto);
}

const perStage = 100;

/** The deals board: every stage of the pipeline with its newest deals. */
export async function getDealBoard({ db }: { db: Db }, orgId: string) {
  const stages = await db.$transaction((tx) => getPipeline(tx, orgId));
  const counts = await db.deal.groupBy({ by: ["stage"], where: { organizationId: orgId }, _count: { _all: true } });
  const totals = new Map(counts.map((c) => [c.stage, c._count._all]));
  const columns = await Promise.all(
    stages.map(async (stage) => {
      const rows = await db.deal.findMany({
        where: { organizationId: orgId, stage: stage.key },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: perStage,
        select: dealSelect,
      });
      return { ...stage, deals: rows.map(toDealDto), total: totals.get(stage.key) ?? 0 };
    }),
  );
  return columns;
}

export async function getDeal({ db }: { db: Db }, orgId: string, id: string) {
  const deal = await db.deal.findFirst({ where: { id, organizationId: orgId }, select: dealSelect });
  if (!deal) throw new AppError("NOT_FOUND", "Deal not found.");
  return toDealDto(deal);
}
