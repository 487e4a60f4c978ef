import type { Db, Prisma } from "@opsdash/db";
import { leadStatusSchema } from "@opsdash/sdk";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { afterCursor, newestFirst, pageInput, toPage } from "../pagination.ts";
import { leadSelect } from "./lead-dto.ts";

export const listLeadsInput = pageInput.extend({
  /** Matches name, email or company, case-insensitively. */
  q: z.string().trim().max(200).optional(),
  status: leadStatusSchema.optional(),
});
export type ListLeadsInput = z.input<typeof listLeadsInput>;

export async function listLeads({ db }: { db: Db }, orgId: string, input: ListLeadsInput = {}) {
  const { q, status, cursor, limit } = listLeadsInput.parse(input);
  const where: Prisma.LeadWhereInput = {
    organizationId: orgId,
    ...(status && { status }),
    ...(q && {
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        { company: { contains: q, mode: "insensitive" } },
      ],
    }),
    AND: [afterCursor(cursor)],
  };
  const rows = await db.lead.findMany({ where, orderBy: newestFirst, take: limit + 1, select: leadSelect });
  return toPage(rows, limit, (row) => row);
}

export async function getLead({ db }: { db: Db }, orgId: string, id: string) {
  const lead = await db.lead.findFirst({ where: { id, organizationId: orgId }, select: leadSelect });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.");
  return lead;
}
