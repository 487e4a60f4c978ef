import { createActivity, createActivityInput } from "@opsdash/core/crm/activities/create-activity";
import { getActivity, listActivities, listActivitiesInput } from "@opsdash/core/crm/activities/list-activities";
import { z } from "zod";
import { orgMember } from "../../procedures.ts";
import { router } from "../../trpc.ts";
import { activityOutput, pageOf } from "./crm-outputs.ts";

export const activitiesRouter = router({
  list: orgMember
    .input(listActivitiesInput)
    .output(pageOf(activityOutput))
    .query(({ ctx, input }) => listActivities(ctx, ctx.membership.orgId, input)),

  get: orgMember
    .input(z.object({ id: z.uuid() }))
    .output(activityOutput)
    .query(({ ctx, input }) => getActivity(ctx, ctx.membership.orgId, input.id)),

  create: orgMember
    .input(createActivityInput)
    .output(activityOutput)
    .mutation(({ ctx, input }) => createActivity(ctx, ctx.membership.orgId, ctx.session.userId, input)),
});
