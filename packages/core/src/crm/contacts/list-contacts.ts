import type { Db, Prisma } from "@opsdash/db";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { afterCursor, newestFirst, pageInput, toPage } from "../pagination.ts";
import { contactSelect, toContactDto } from "./contact-dto.ts";

export const listContactsInput = pageInput.extend({
  /** Matches name, company or any of the contact's emails, case-insensitively. */
  q: z.string().trim().max(200).optional(),
});
export type ListContactsInput = z.input<typeof listContactsInput>;

export async function listContacts({ db }: { db: Db }, orgId: string, input: ListContactsInput = {}) {
  const { q, cursor, limit } = listContactsInput.parse(input);
  const where: Prisma.ContactWhereInput = {
    organizationId: orgId,
    ...(q && {
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { company: { contains: q, mode: "insensitive" } },
        { emails: { some: { emailKey: { contains: q.toLowerCase() } } } },
      ],
    }),
    AND: [afterCursor(cursor)],
  };
  const rows = await db.contact.findMany({ where, orderBy: newestFirst, take: limit + 1, select: contactSelect });
  return toPage(rows, limit, toContactDto);
}

export async function getContact({ db }: { db: Db }, orgId: string, id: string) {
  const contact = await db.contact.findFirst({ where: { id, organizationId: orgId }, select: contactSelect });
  if (!contact) throw new AppError("NOT_FOUND", "Contact not found.");
  return toContactDto(contact);
}
