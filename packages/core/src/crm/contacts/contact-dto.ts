import type { Prisma } from "@opsdash/db";

export const contactSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  company: true,
  createdAt: true,
  updatedAt: true,
  emails: { select: { email: true, isPrimary: true }, orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }] },
} satisfies Prisma.ContactSelect;

type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;

export function toContactDto({ emails, ...contact }: ContactRow) {
  return { ...contact, extraEmails: emails.filter((e) => !e.isPrimary).map((e) => e.email) };
}
export type ContactDto = ReturnType<typeof toContactDto>;
