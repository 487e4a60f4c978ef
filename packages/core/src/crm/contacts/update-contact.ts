import type { Db } from "@opsdash/db";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { isUniqueViolation } from "../../errors/prisma-errors.ts";
import { emailInput, emailKey, optionalText, requiredText } from "../text.ts";
import { contactSelect, toContactDto } from "./contact-dto.ts";
import { emailTaken } from "./insert-contact.ts";

export const updateContactInput = z.object({
  id: z.uuid(),
  name: requiredText("name").optional(),
  phone: optionalText(50).optional(),
  company: optionalText(200).optional(),
  /** Emails to add as extra addresses. */
  addEmails: z.array(emailInput).max(20).default([]),
  /** Extra emails to remove (the primary email stays). */
  removeEmails: z.array(z.string()).max(20).default([]),
});
export type UpdateContactInput = z.input<typeof updateContactInput>;

export async function updateContact({ db }: { db: Db }, orgId: string, input: UpdateContactInput) {
  const { id, addEmails, removeEmails, ...changes } = updateContactInput.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const contact = await tx.contact.findFirst({ where: { id, organizationId: orgId }, select: { id: true } });
      if (!contact) throw new AppError("NOT_FOUND", "Contact not found.");
      if (removeEmails.length) {
        await tx.contactEmail.deleteMany({
          where: {
            contactId: id,
            organizationId: orgId,
            isPrimary: false,
            emailKey: { in: removeEmails.map(emailKey) },
          },
        });
      }
      for (const email of addEmails) {
        const taken = await tx.contactEmail.findUnique({
          where: { organizationId_emailKey: { organizationId: orgId, emailKey: emailKey(email) } },
          select: { contactId: true },
        });
        if (taken && taken.contactId !== id) throw emailTaken(email);
        if (!taken)
          await tx.contactEmail.create({
            data: { organizationId: orgId, contactId: id, email, emailKey: emailKey(email) },
          });
      }
      return toContactDto(await tx.contact.update({ where: { id }, data: changes, select: contactSelect }));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "One of those emails belongs to another contact.");
    throw error;
  }
}
