import { z } from "zod";

export const planSchema = z.enum(["free", "pro", "enterprise"]);
export type Plan = z.infer<typeof planSchema>;

export const featureSchema = z.enum([
  "platform:lead-capture-api",
  "platform:api-access",
  "platform:webhooks",
  "crm:email-integration",
]);
export type Feature = z.infer<typeof featureSchema>;
