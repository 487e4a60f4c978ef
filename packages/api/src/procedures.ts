import { AppError } from "@opsdash/core/errors/app-error";
import { getMembership, type Membership } from "@opsdash/core/orgs/get-membership";
import { isOrgAdmin } from "@opsdash/core/orgs/roles";
import { assertPlanHasFeature } from "@opsdash/core/plans/entitlements";
import type { Feature } from "@opsdash/sdk";
import { middleware, publicProcedure } from "./trpc.ts";

/** Signed in. */
export const authed = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError("UNAUTHORIZED", "Sign in first.");
  return next({ ctx: { session: ctx.session } });
});

/**
 * A member of the session's active org. Membership is re-read on every call, so removing a
 * member or switching orgs takes effect at once; every org-scoped query uses `ctx.membership.orgId`.
 */
export const orgMember = authed.use(async ({ ctx, next }) => {
  const orgId = ctx.session.activeOrgId;
  if (!orgId) throw new AppError("FORBIDDEN", "No active organization. Create one or switch to one first.");
  const membership = await getMembership({ db: ctx.db }, ctx.session.userId, orgId);
  if (!membership) throw new AppError("FORBIDDEN", "You are not a member of this organization.");
  return next({ ctx: { membership } });
});

/** An admin or owner of the active org. */
export const orgAdmin = orgMember.use(({ ctx, next }) => {
  if (!isOrgAdmin(ctx.membership.role)) {
    throw new AppError("FORBIDDEN", "Only an admin or owner of this organization can do this.");
  }
  return next();
});

/** The active org's plan includes the feature; chain after orgMember or orgAdmin. */
export function requireFeature(feature: Feature) {
  return middleware(({ ctx, next }) => {
    const { membership } = ctx as typeof ctx & { membership?: Membership };
    if (!membership) throw new AppError("FORBIDDEN", "No active organization.");
    assertPlanHasFeature(membership.plan, feature);
    return next();
  });
}
