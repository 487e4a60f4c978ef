import type { Prisma } from "@opsdash/db";

export const leadSelect = {
  id: true,
  name: true,
  email: true,
  company: true,
  phone: true,
  source: true,
  notes: true,
  status: true,
  ownerId: true,
  contactId: true,
  dealId: true,
  convertedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.LeadSelect;

export type LeadDto = Prisma.LeadGetPayload<{ select: typeof leadSelect }>;
