import { createActivity, createActivityInput } from "@opsdash/core/crm/activities/create-activity";
import { orgMember } from "../../procedures.ts";
import { router } from "../../trpc.ts";
import { activityOutput } from "./crm-outputs.ts";

export const activitiesRouter = router({
  create: orgMember
    .input(createActivityInput)
    .output(activityOutput)
    .mutation(({ ctx, input }) => createActivity(ctx, ctx.membership.orgId, ctx.session.userId, input)),
});
