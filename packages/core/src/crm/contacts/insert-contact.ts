import type { DbTx } from "@opsdash/db";
import { AppError } from "../../errors/app-error.ts";
import { isUniqueViolation } from "../../errors/prisma-errors.ts";
import { recordEvent } from "../events/record-event.ts";
import { emailKey } from "../text.ts";
import { contactSelect, toContactDto } from "./contact-dto.ts";

export interface NewContact {
  name: string;
  email: string;
  phone: string | null;
  company: string | null;
  extraEmails?: string[];
}

/**
 * Inserts a contact with all its emails and its `contact.created` event, inside the caller's
 * transaction. An email already used by a contact of the org is a CONFLICT naming it.
 */
export async function insertContact(tx: DbTx, orgId: string, contact: NewContact, leadId: string | null = null) {
  const keys = new Set<string>();
  const emails = [contact.email, ...(contact.extraEmails ?? [])].filter((email) => {
    const key = emailKey(email);
    return keys.has(key) ? false : keys.add(key);
  });
  const taken = await tx.contactEmail.findFirst({
    where: { organizationId: orgId, emailKey: { in: [...keys] } },
    select: { email: true },
  });
  if (taken) throw emailTaken(taken.email);
  try {
    const created = await tx.contact.create({
      data: {
        organizationId: orgId,
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        company: contact.company,
        emails: {
          create: emails.map((email, index) => ({
            organizationId: orgId,
            email,
            emailKey: emailKey(email),
            isPrimary: index === 0,
          })),
        },
      },
      select: contactSelect,
    });
    await recordEvent(tx, {
      orgId,
      type: "contact.created",
      contactId: created.id,
      data: {
        contact_id: created.id,
        name: created.name,
        email: created.email,
        company: created.company,
        phone: created.phone,
        lead_id: leadId,
      },
    });
    return toContactDto(created);
  } catch (error) {
    // A concurrent insert of the same email won the race.
    if (isUniqueViolation(error)) throw emailTaken(contact.email);
    throw error;
  }
}

export const emailTaken = (email: string) =>
  new AppError("CONFLICT", `A contact with email ${email} already exists in this organization.`, { email });
