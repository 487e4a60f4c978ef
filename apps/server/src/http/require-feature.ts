import { AppError } from "@opsdash/core/errors/app-error";
import { assertOrgHasFeature } from "@opsdash/core/plans/entitlements";
import type { Db } from "@opsdash/db";
import type { Feature } from "@opsdash/sdk";
import type { RequestHandler } from "express";

/**
 * Express guard: the org resolved by the preceding authentication step (`res.locals.orgId`)
 * must have the feature on its plan, else 403 naming the plan needed.
 */
export function requireFeature(db: Db, feature: Feature): RequestHandler {
  return async (_req, res, next) => {
    const orgId = res.locals.orgId as string | undefined;
    if (!orgId) return next(new AppError("UNAUTHORIZED", "Authenticate first."));
    try {
      await assertOrgHasFeature({ db }, orgId, feature);
      next();
    } catch (error) {
      next(error);
    }
  };
}
