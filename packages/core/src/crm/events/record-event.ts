import type { DbTx } from "@opsdash/db";
import { type EventData, type EventType, eventDataSchemas } from "@opsdash/sdk";

export interface RecordEventInput<T extends EventType> {
  orgId: string;
  type: T;
  data: EventData<T>;
  /** The contact the event concerns, so it shows on that contact's timeline. */
  contactId?: string | null;
}

/**
 * Writes one domain event into the outbox. Call it with the transaction that makes the change,
 * so the event exists exactly when the change does. The payload is checked against the public
 * schema in @opsdash/sdk: what we send is what we document.
 */
export async function recordEvent<T extends EventType>(tx: DbTx, input: RecordEventInput<T>): Promise<string> {
  const data = eventDataSchemas[input.type].parse(input.data);
  const event = await tx.domainEvent.create({
    data: { organizationId: input.orgId, type: input.type, data, contactId: input.contactId ?? null },
    select: { id: true },
  });
  return event.id;
}
