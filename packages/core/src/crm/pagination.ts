import { z } from "zod";
import { AppError } from "../errors/app-error.ts";

export const pageInput = z.object({
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

interface Keyed {
  id: string;
  createdAt: Date;
}

/** Keyset pagination on (created_at desc, id desc): stable under inserts, no OFFSET scans. */
export function afterCursor(cursor: string | undefined) {
  if (!cursor) return {};
  let createdAt: Date;
  let id: string;
  try {
    const [at, key] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    createdAt = new Date(at);
    id = z.uuid().parse(key);
    if (Number.isNaN(createdAt.getTime())) throw new Error("bad date");
  } catch {
    throw new AppError("INVALID_INPUT", "cursor is not valid; pass back the nextCursor of the previous page.");
  }
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Fetch `limit + 1` rows; this trims the extra one and makes the cursor. */
export function toPage<R extends Keyed, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(map),
    nextCursor:
      hasMore && last
        ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString("base64url")
        : null,
  };
}
