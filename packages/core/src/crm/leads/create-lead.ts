import type { Db } from "@opsdash/db";
import { leadStatusSchema } from "@opsdash/sdk";
import { z } from "zod";
import { recordEvent } from "../events/record-event.ts";
import { assertMemberOfOrg } from "../org-refs.ts";
import { emailInput, optionalText, requiredText } from "../text.ts";
import { leadSelect } from "./lead-dto.ts";

export const createLeadInput = z.object({
  name: requiredText("name"),
  email: emailInput,
  company: optionalText(200),
  phone: optionalText(50),
  /** Where the lead came from: zapier, make, n8n, web form, … */
  source: optionalText(100),
  notes: optionalText(10_000),
  status: leadStatusSchema.exclude(["converted"]).default("new"),
  ownerId: z.uuid().nullish(),
});
export type CreateLeadInput = z.input<typeof createLeadInput>;

/** Creates a lead and its `lead.created` event in one transaction. */
export async function createLead({ db }: { db: Db }, orgId: string, input: CreateLeadInput) {
  const data = createLeadInput.parse(input);
  return db.$transaction(async (tx) => {
    if (data.ownerId) await assertMemberOfOrg(tx, orgId, data.ownerId);
    const lead = await tx.lead.create({ data: { ...data, organizationId: orgId }, select: leadSelect });
    await recordEvent(tx, {
      orgId,
      type: "lead.created",
      data: {
        lead_id: lead.id,
        name: lead.name,
        email: lead.email,
        company: lead.company,
        phone: lead.phone,
        source: lead.source,
        status: lead.status,
      },
    });
    return lead;
  });
}
