import type { DbTx } from "@opsdash/db";
import type { DealStatus } from "@opsdash/sdk";
import { AppError } from "../../errors/app-error.ts";

export const defaultStages: { key: string; name: string; status: DealStatus }[] = [
  { key: "lead_in", name: "Lead in", status: "open" },
  { key: "qualified", name: "Qualified", status: "open" },
  { key: "proposal", name: "Proposal", status: "open" },
  { key: "negotiation", name: "Negotiation", status: "open" },
  { key: "won", name: "Won", status: "won" },
  { key: "lost", name: "Lost", status: "lost" },
];

export interface Stage {
  key: string;
  name: string;
  position: number;
  status: DealStatus;
}

/** The org's pipeline in order; the default stages are created on first use. */
export async function getPipeline(db: DbTx, orgId: string): Promise<Stage[]> {
  const select = { key: true, name: true, position: true, status: true } as const;
  const stages = await db.pipelineStage.findMany({
    where: { organizationId: orgId },
    orderBy: { position: "asc" },
    select,
  });
  if (stages.length) return stages;
  await db.pipelineStage.createMany({
    data: defaultStages.map((stage, position) => ({ ...stage, position, organizationId: orgId })),
    skipDuplicates: true,
  });
  return db.pipelineStage.findMany({ where: { organizationId: orgId }, orderBy: { position: "asc" }, select });
}

export async function findStage(db: DbTx, orgId: string, key: string): Promise<Stage> {
  const stage = (await getPipeline(db, orgId)).find((s) => s.key === key);
  if (!stage)
    throw new AppError("INVALID_INPUT", `Unknown stage "${key}".`, {
      issues: [{ path: "stage", message: "unknown stage" }],
    });
  return stage;
}

export async function firstOpenStage(db: DbTx, orgId: string): Promise<Stage> {
  const stage = (await getPipeline(db, orgId)).find((s) => s.status === "open");
  if (!stage) throw new AppError("CONFLICT", "The pipeline has no open stage.");
  return stage;
}
