import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { crmRouter } from "./routers/crm/crm-router.ts";
import { meRouter } from "./routers/me.ts";
import { orgRouter } from "./routers/org.ts";
import { router } from "./trpc.ts";

export const appRouter = router({ me: meRouter, org: orgRouter, crm: crmRouter });

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
