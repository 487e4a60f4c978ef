import type { Db } from "@opsdash/db";
import type { EventType } from "@opsdash/sdk";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";

export const contactTimelineInput = z.object({
  contactId: z.uuid(),
  /** Items strictly older than this (the previous page's `nextBefore`). */
  before: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ContactTimelineInput = z.input<typeof contactTimelineInput>;

export type TimelineItem =
  | {
      kind: "activity";
      id: string;
      at: Date;
      type: "note" | "call" | "meeting" | "email";
      subject: string;
      body: string | null;
      direction: "inbound" | "outbound" | null;
      dealId: string | null;
    }
  | { kind: "event"; id: string; at: Date; type: EventType; data: Record<string, unknown> };

/**
 * A contact's history, newest first: activities linked to the contact, and the domain events
 * about it (created, converted from a lead, its deals moving, won or lost).
 */
export async function getContactTimeline({ db }: { db: Db }, orgId: string, input: ContactTimelineInput) {
  const { contactId, before, limit } = contactTimelineInput.parse(input);
  const contact = await db.contact.count({ where: { id: contactId, organizationId: orgId } });
  if (!contact) throw new AppError("NOT_FOUND", "Contact not found.");
  const [activities, events] = await Promise.all([
    db.activity.findMany({
      where: {
        organizationId: orgId,
        contacts: { some: { contactId } },
        ...(before && { occurredAt: { lt: before } }),
      },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, type: true, subject: true, body: true, occurredAt: true, direction: true, dealId: true },
    }),
    db.domainEvent.findMany({
      where: { organizationId: orgId, contactId, ...(before && { occurredAt: { lt: before } }) },
      orderBy: [{ occurredAt: "desc" }, { seq: "desc" }],
      take: limit,
      select: { id: true, seq: true, type: true, occurredAt: true, data: true },
    }),
  ]);
  // Events of one transaction can share a millisecond; their insertion order (seq) breaks the tie.
  const merged = [
    ...activities.map(({ occurredAt, ...a }) => ({
      order: 0n,
      item: { kind: "activity" as const, at: occurredAt, ...a },
    })),
    ...events.map((e) => ({
      order: e.seq,
      item: {
        kind: "event" as const,
        id: e.id,
        at: e.occurredAt,
        type: e.type as EventType,
        data: e.data as Record<string, unknown>,
      },
    })),
  ].sort((a, b) => b.item.at.getTime() - a.item.at.getTime() || (b.order > a.order ? 1 : b.order < a.order ? -1 : 0));
  const items: TimelineItem[] = merged.slice(0, limit).map((m) => m.item);
  const last = items.at(-1);
  return { items, nextBefore: items.length === limit && last ? last.at : null };
}
