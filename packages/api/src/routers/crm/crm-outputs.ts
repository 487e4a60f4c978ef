import { dealStatusSchema, eventTypes, leadStatusSchema } from "@opsdash/sdk";
import { z } from "zod";

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const leadOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  status: leadStatusSchema,
  ownerId: z.string().nullable(),
  contactId: z.string().nullable(),
  dealId: z.string().nullable(),
  convertedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const leadPageOutput = pageOf(leadOutput);

export const contactOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  extraEmails: z.array(z.string()),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const contactPageOutput = pageOf(contactOutput);

export const dealOutput = z.object({
  id: z.string(),
  title: z.string(),
  value: z.number().int(),
  currency: z.string(),
  stage: z.string(),
  status: dealStatusSchema,
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const stageOutput = z.object({
  key: z.string(),
  name: z.string(),
  position: z.number(),
  status: dealStatusSchema,
});

export const activityOutput = z.object({
  id: z.string(),
  type: z.enum(["note", "call", "meeting", "email"]),
  subject: z.string(),
  body: z.string().nullable(),
  occurredAt: z.date(),
  direction: z.enum(["inbound", "outbound"]).nullable(),
  dealId: z.string().nullable(),
  contactIds: z.array(z.string()),
  createdAt: z.date(),
});

export const timelineOutput = z.object({
  items: z.array(
    z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("activity"),
        id: z.string(),
        at: z.date(),
        type: activityOutput.shape.type,
        subject: z.string(),
        body: z.string().nullable(),
        direction: activityOutput.shape.direction,
        dealId: z.string().nullable(),
      }),
      z.object({
        kind: z.literal("event"),
        id: z.string(),
        at: z.date(),
        type: z.enum(eventTypes),
        data: z.record(z.string(), z.unknown()),
      }),
    ]),
  ),
  nextBefore: z.date().nullable(),
});
