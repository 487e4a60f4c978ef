import type { Db } from "@opsdash/db";
import { z } from "zod";
import { emailInput, optionalText, requiredText } from "../text.ts";
import { insertContact } from "./insert-contact.ts";

export const createContactInput = z.object({
  name: requiredText("name"),
  email: emailInput,
  phone: optionalText(50),
  company: optionalText(200),
  extraEmails: z.array(emailInput).max(20).default([]),
});
export type CreateContactInput = z.input<typeof createContactInput>;

export async function createContact({ db }: { db: Db }, orgId: string, input: CreateContactInput) {
  const data = createContactInput.parse(input);
  return db.$transaction((tx) => insertContact(tx, orgId, data));
}
