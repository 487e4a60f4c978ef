import type { Db } from "@opsdash/db";
import { z } from "zod";
import { AppError, isAppError } from "../../errors/app-error.ts";
import { insertContact } from "../contacts/insert-contact.ts";
import { createDealInput, insertDeal } from "../deals/create-deal.ts";
import { recordEvent } from "../events/record-event.ts";
import { emailKey } from "../text.ts";
import { leadSelect } from "./lead-dto.ts";

export const convertLeadInput = z.object({
  id: z.uuid(),
  /** Also open a deal for the contact. Title defaults to the lead's company or name. */
  deal: createDealInput
    .omit({ contactId: true, title: true })
    .extend({ title: createDealInput.shape.title.optional() })
    .nullish(),
});
export type ConvertLeadInput = z.input<typeof convertLeadInput>;

/**
 * Converts a lead in one transaction: reuses the org's contact with the lead's email or creates
 * one (`contact.created`), optionally opens a deal, marks the lead converted and links them
 * (`lead.converted`). Any failure leaves the lead, contacts, deals and events as they were.
 */
export async function convertLead({ db }: { db: Db }, orgId: string, input: ConvertLeadInput) {
  const data = convertLeadInput.parse(input);
  try {
    return await attempt(db, orgId, data);
  } catch (error) {
    // Another conversion created a contact with this email between our lookup and insert:
    // everything rolled back, so go again and reuse that contact.
    if (isAppError(error) && error.code === "CONFLICT" && error.details.email) return attempt(db, orgId, data);
    throw error;
  }
}

function attempt(db: Db, orgId: string, data: z.output<typeof convertLeadInput>) {
  return db.$transaction(async (tx) => {
    // Claiming the lead with a conditional update locks its row: concurrent conversions of the
    // same lead wait here, then find it converted.
    const claimed = await tx.lead.updateMany({
      where: { id: data.id, organizationId: orgId, status: { not: "converted" } },
      data: { status: "converted", convertedAt: new Date() },
    });
    if (claimed.count === 0) {
      const exists = await tx.lead.count({ where: { id: data.id, organizationId: orgId } });
      throw exists
        ? new AppError("CONFLICT", "This lead is already converted.")
        : new AppError("NOT_FOUND", "Lead not found.");
    }
    const lead = await tx.lead.findUniqueOrThrow({ where: { id: data.id }, select: leadSelect });

    const existing = await tx.contactEmail.findUnique({
      where: { organizationId_emailKey: { organizationId: orgId, emailKey: emailKey(lead.email) } },
      select: { contactId: true },
    });
    const contactId =
      existing?.contactId ??
      (
        await insertContact(
          tx,
          orgId,
          { name: lead.name, email: lead.email, phone: lead.phone, company: lead.company },
          lead.id,
        )
      ).id;

    const deal = data.deal
      ? await insertDeal(tx, orgId, { ...data.deal, title: data.deal.title ?? lead.company ?? lead.name, contactId })
      : null;

    const converted = await tx.lead.update({
      where: { id: lead.id },
      data: { contactId, dealId: deal?.id ?? null },
      select: leadSelect,
    });
    await recordEvent(tx, {
      orgId,
      type: "lead.converted",
      contactId,
      data: { lead_id: lead.id, contact_id: contactId, deal_id: deal?.id ?? null, contact_created: !existing },
    });
    return { lead: converted, contactId, contactCreated: !existing, deal };
  });
}
