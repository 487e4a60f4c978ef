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

export const planLabels: Record<Plan, string> = { free: "Free", pro: "Pro", enterprise: "Enterprise" };

export const featureLabels: Record<Feature, string> = {
  "platform:lead-capture-api": "Lead Capture API",
  "platform:api-access": "API keys",
  "platform:webhooks": "Outbound webhooks",
  "crm:email-integration": "Gmail sync",
};
