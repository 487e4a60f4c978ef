import type { EventType } from "@opsdash/sdk";
import { formatMoney } from "../../lib/money.ts";

const str = (value: unknown) => (typeof value === "string" ? value : "");

/** One human sentence for a domain event on the timeline. */
export function describeEvent(type: EventType, data: Record<string, unknown>): string {
  const money = typeof data.value === "number" ? formatMoney(data.value, str(data.currency) || "USD") : "";
  switch (type) {
    case "contact.created":
      return data.lead_id ? "Contact created from a lead" : "Contact created";
    case "lead.converted":
      return data.deal_id ? "Lead converted, with a new deal" : "Lead converted";
    case "lead.created":
      return "Lead created";
    case "deal.stage_changed":
      return `Deal “${str(data.title)}” moved from ${str(data.from)} to ${str(data.to)}`;
    case "deal.won":
      return `Deal “${str(data.title)}” won (${money})`;
    case "deal.lost":
      return `Deal “${str(data.title)}” lost (${money})`;
  }
}
