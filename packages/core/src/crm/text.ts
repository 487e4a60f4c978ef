import { z } from "zod";

/** Optional free text: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (field: string, max = 200) => z.string().trim().min(1, `${field} is required`).max(max);

export const emailInput = z.string().trim().pipe(z.email("Must be a valid email address")).pipe(z.string().max(320));

/** The case-insensitive key emails are unique and matched by. */
export const emailKey = (email: string) => email.trim().toLowerCase();
