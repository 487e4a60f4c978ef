import type { Db, Prisma } from "@opsdash/db";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { afterCursor, newestFirst, pageInput, toPage } from "../pagination.ts";
import { activitySelect, activityTypeSchema, toActivityDto } from "./create-activity.ts";

export const listActivitiesInput = pageInput.extend({
  /** Matches subject or body, case-insensitively. */
  q: z.string().trim().max(200).optional(),
  type: activityTypeSchema.optional(),
  contactId: z.uuid().optional(),
  dealId: z.uuid().optional(),
});
export type ListActivitiesInput = z.input<typeof listActivitiesInput>;

/** The org's activity log, newest logged first. */
export async function listActivities({ db }: { db: Db }, orgId: string, input: ListActivitiesInput = {}) {
  const { q, type, contactId, dealId, cursor, limit } = listActivitiesInput.parse(input);
  const where: Prisma.ActivityWhereInput = {
    organizationId: orgId,
    ...(type && { type }),
    ...(dealId && { dealId }),
    ...(contactId && { contacts: { some: { contactId } } }),
    ...(q && {
      OR: [{ subject: { contains: q, mode: "insensitive" } }, { body: { contains: q, mode: "insensitive" } }],
    }),
    AND: [afterCursor(cursor)],
  };
  const rows = await db.activity.findMany({ where, orderBy: newestFirst, take: limit + 1, select: activitySelect });
  return toPage(rows, limit, toActivityDto);
}

export async function getActivity({ db }: { db: Db }, orgId: string, id: string) {
  const row = await db.activity.findFirst({ where: { id, organizationId: orgId }, select: activitySelect });
  if (!row) throw new AppError("NOT_FOUND", "Activity not found.");
  return toActivityDto(row);
}
