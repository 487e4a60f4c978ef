import { featureSchema, planSchema } from "@opsdash/sdk";
import { z } from "zod";

export const roleOutput = z.enum(["owner", "admin", "member"]);

export const membershipOutput = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgSlug: z.string(),
  plan: planSchema,
  role: roleOutput,
});

export const featureAccessOutput = z.object({ feature: featureSchema, enabled: z.boolean(), requiredPlan: planSchema });
