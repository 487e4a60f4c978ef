import { z } from "zod";
import { requiredText } from "../text.ts";

export const dealFields = {
  title: requiredText("title"),
  /** Integer minor units (cents). */
  value: z.number().int("value is in minor units (an integer)").min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "currency must be a 3-letter ISO 4217 code")
    .transform((c) => c.toUpperCase())
    .default("USD"),
};
