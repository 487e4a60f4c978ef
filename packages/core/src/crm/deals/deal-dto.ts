import type { Prisma } from "@opsdash/db";

export const dealSelect = {
  id: true,
  title: true,
  value: true,
  currency: true,
  stage: true,
  status: true,
  contactId: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  contact: { select: { name: true } },
} satisfies Prisma.DealSelect;

type DealRow = Prisma.DealGetPayload<{ select: typeof dealSelect }>;

/** Money leaves as a JSON-safe integer of minor units. */
export function toDealDto({ value, contact, ...deal }: DealRow) {
  return { ...deal, value: Number(value), contactName: contact?.name ?? null };
}
export type DealDto = ReturnType<typeof toDealDto>;
