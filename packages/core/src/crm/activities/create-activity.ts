import type { Db, Prisma } from "@opsdash/db";
import { z } from "zod";
import { assertContactsInOrg, assertDealInOrg } from "../org-refs.ts";
import { optionalText, requiredText } from "../text.ts";

export const activityTypeSchema = z.enum(["note", "call", "meeting", "email"]);

export const createActivityInput = z
  .object({
    type: activityTypeSchema,
    subject: requiredText("subject", 500),
    body: optionalText(50_000),
    occurredAt: z.coerce.date().optional(),
    /** Required for email, absent otherwise. */
    direction: z.enum(["inbound", "outbound"]).nullish(),
    contactIds: z.array(z.uuid()).min(1, "Link the activity to at least one contact").max(50),
    dealId: z.uuid().nullish(),
  })
  .refine((a) => (a.type === "email") === Boolean(a.direction), {
    message: "direction (inbound or outbound) is required for email activities and only for them",
    path: ["direction"],
  });
export type CreateActivityInput = z.input<typeof createActivityInput>;

export const activitySelect = {
  id: true,
  type: true,
  subject: true,
  body: true,
  occurredAt: true,
  direction: true,
  dealId: true,
  createdAt: true,
  contacts: { select: { contactId: true } },
} satisfies Prisma.ActivitySelect;

export const toActivityDto = ({
  contacts,
  ...activity
}: Prisma.ActivityGetPayload<{ select: typeof activitySelect }>) => ({
  ...activity,
  contactIds: contacts.map((c) => c.contactId),
});

/** Logs a note, call, meeting or email against one or more contacts (and optionally a deal). */
export async function createActivity(
  { db }: { db: Db },
  orgId: string,
  actorId: string | null,
  input: CreateActivityInput,
) {
  const data = createActivityInput.parse(input);
  return db.$transaction(async (tx) => {
    await assertContactsInOrg(tx, orgId, data.contactIds);
    if (data.dealId) await assertDealInOrg(tx, orgId, data.dealId);
    const activity = await tx.activity.create({
      data: {
        organizationId: orgId,
        type: data.type,
        subject: data.subject,
        body: data.body,
        occurredAt: data.occurredAt ?? new Date(),
        direction: data.direction ?? null,
        dealId: data.dealId ?? null,
        createdById: actorId,
        contacts: { create: [...new Set(data.contactIds)].map((contactId) => ({ contactId, organizationId: orgId })) },
      },
      select: activitySelect,
    });
    return toActivityDto(activity);
  });
}
