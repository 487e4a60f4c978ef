import { describe, expect, it } from "vitest";
import { eventDataSchemas, webhookEventSchema } from "./events.ts";

const id = "5b0f6a55-4f7e-4a39-9a44-5d7f2c1f2f4e";

describe("webhook event schemas", () => {
  it("accepts the documented deal.won envelope", () => {
    const event = {
      id,
      event: "deal.won",
      org_id: id,
      timestamp: "2026-03-24T12:00:00Z",
      data: { deal_id: id, title: "Big one", value: 15000, currency: "USD", contact_id: null, stage: "won" },
    };
    expect(webhookEventSchema.parse(event)).toEqual(event);
  });

  it("rejects a payload that does not match its event type", () => {
    const result = webhookEventSchema.safeParse({
      id,
      event: "lead.created",
      org_id: id,
      timestamp: "2026-03-24T12:00:00Z",
      data: { deal_id: id },
    });
    expect(result.success).toBe(false);
  });

  it("keeps money in integer minor units", () => {
    const data = { deal_id: id, title: "x", value: 10.5, currency: "USD", contact_id: null, stage: "won" };
    expect(eventDataSchemas["deal.won"].safeParse(data).success).toBe(false);
  });
});
