import { z } from "zod";

// Domain events: what outbound webhooks deliver. Field names are snake_case (the wire format),
// ids are UUIDs, money is integer minor units of `currency`, times are ISO 8601 UTC.

export const leadStatusSchema = z.enum(["new", "contacted", "qualified", "converted", "disqualified"]);
export type LeadStatus = z.infer<typeof leadStatusSchema>;
export const dealStatusSchema = z.enum(["open", "won", "lost"]);
export type DealStatus = z.infer<typeof dealStatusSchema>;

export const leadCreatedData = z.object({
  lead_id: z.uuid(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  source: z.string().nullable(),
  status: leadStatusSchema,
});

export const leadConvertedData = z.object({
  lead_id: z.uuid(),
  contact_id: z.uuid(),
  /** Null when the conversion created no deal. */
  deal_id: z.uuid().nullable(),
  /** True when conversion created the contact; false when it reused one with the same email. */
  contact_created: z.boolean(),
});

export const contactCreatedData = z.object({
  contact_id: z.uuid(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  /** Set when the contact came from converting this lead. */
  lead_id: z.uuid().nullable(),
});

export const dealStageChangedData = z.object({
  deal_id: z.uuid(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  status: dealStatusSchema,
  value: z.number().int(),
  currency: z.string(),
  contact_id: z.uuid().nullable(),
});

export const dealClosedData = z.object({
  deal_id: z.uuid(),
  title: z.string(),
  value: z.number().int(),
  currency: z.string(),
  contact_id: z.uuid().nullable(),
  stage: z.string(),
});

export const eventDataSchemas = {
  "lead.created": leadCreatedData,
  "lead.converted": leadConvertedData,
  "contact.created": contactCreatedData,
  "deal.stage_changed": dealStageChangedData,
  "deal.won": dealClosedData,
  "deal.lost": dealClosedData,
} as const;

export type EventType = keyof typeof eventDataSchemas;
export const eventTypes = Object.keys(eventDataSchemas) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;

/** The webhook body: `{ event, org_id, timestamp, data }`. */
export interface WebhookEvent<T extends EventType = EventType> {
  /** Stable id of the event; the same on every delivery attempt. */
  id: string;
  event: T;
  org_id: string;
  timestamp: string;
  data: EventData<T>;
}

export const webhookEventSchema = z.discriminatedUnion(
  "event",
  eventTypes.map((type) =>
    z.object({
      id: z.uuid(),
      event: z.literal(type),
      org_id: z.uuid(),
      timestamp: z.iso.datetime(),
      data: eventDataSchemas[type],
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);
