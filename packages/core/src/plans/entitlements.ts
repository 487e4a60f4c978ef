import type { DbTx } from "@opsdash/db";
import { type Feature, type Plan, planLabels } from "@opsdash/sdk";
import { AppError } from "../errors/app-error.ts";

/** Which plans include each feature. Plans are ordered: each includes what the one below has. */
export const featurePlans: Record<Feature, readonly Plan[]> = {
  "platform:lead-capture-api": ["pro", "enterprise"],
  "platform:api-access": ["enterprise"],
  "platform:webhooks": ["enterprise"],
  "crm:email-integration": ["pro", "enterprise"],
};

const planOrder: readonly Plan[] = ["free", "pro", "enterprise"];

export function planHasFeature(plan: Plan, feature: Feature): boolean {
  return featurePlans[feature].includes(plan);
}

/** The cheapest plan that includes the feature. */
export function minimumPlanFor(feature: Feature): Plan {
  return planOrder.find((plan) => planHasFeature(plan, feature)) ?? "enterprise";
}

export interface FeatureAccess {
  feature: Feature;
  enabled: boolean;
  requiredPlan: Plan;
}

export function featureAccessFor(plan: Plan): FeatureAccess[] {
  return (Object.keys(featurePlans) as Feature[]).map((feature) => ({
    feature,
    enabled: planHasFeature(plan, feature),
    requiredPlan: minimumPlanFor(feature),
  }));
}

/** Does org X have feature F? The one answer every door (tRPC, REST, workers) uses. */
export async function orgHasFeature({ db }: { db: DbTx }, orgId: string, feature: Feature): Promise<boolean> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { plan: true } });
  return org !== null && planHasFeature(org.plan, feature);
}

/** Throws FORBIDDEN naming the plan that unlocks the feature. */
export function assertPlanHasFeature(plan: Plan, feature: Feature): void {
  if (planHasFeature(plan, feature)) return;
  const needed = minimumPlanFor(feature);
  throw new AppError(
    "FORBIDDEN",
    `${feature} is not included in the ${planLabels[plan]} plan; it needs the ${planLabels[needed]} plan or higher.`,
    { feature, plan, requiredPlan: needed },
  );
}

/** Throws FORBIDDEN unless org X's plan includes F (REST guard, workers). */
export async function assertOrgHasFeature({ db }: { db: DbTx }, orgId: string, feature: Feature): Promise<void> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { plan: true } });
  if (!org) throw new AppError("NOT_FOUND", "Organization not found.");
  assertPlanHasFeature(org.plan, feature);
}
