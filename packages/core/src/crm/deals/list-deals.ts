import type { Db } from "@opsdash/db";
import { AppError } from "../../errors/app-error.ts";
import { dealSelect, toDealDto } from "./deal-dto.ts";
import { getPipeline } from "./pipeline.ts";

const perStage = 100;

/** The deals board: every stage of the pipeline with its newest deals. */
export async function getDealBoard({ db }: { db: Db }, orgId: string) {
  const stages = await db.$transaction((tx) => getPipeline(tx, orgId));
  const columns = await Promise.all(
    stages.map(async (stage) => {
      const rows = await db.deal.findMany({
        where: { organizationId: orgId, stage: stage.key },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: perStage,
        select: dealSelect,
      });
      const total = await db.deal.count({ where: { organizationId: orgId, stage: stage.key } });
      return { ...stage, deals: rows.map(toDealDto), total };
    }),
  );
  return columns;
}

export async function getDeal({ db }: { db: Db }, orgId: string, id: string) {
  const deal = await db.deal.findFirst({ where: { id, organizationId: orgId }, select: dealSelect });
  if (!deal) throw new AppError("NOT_FOUND", "Deal not found.");
  return toDealDto(deal);
}
