import { createDeal, createDealInput } from "@opsdash/core/crm/deals/create-deal";
import { getDeal, getDealBoard, listDeals, listDealsInput } from "@opsdash/core/crm/deals/list-deals";
import { moveDeal, moveDealInput } from "@opsdash/core/crm/deals/move-deal";
import { updateDeal, updateDealInput } from "@opsdash/core/crm/deals/update-deal";
import { z } from "zod";
import { orgMember } from "../../procedures.ts";
import { router } from "../../trpc.ts";
import { dealOutput, pageOf, stageOutput } from "./crm-outputs.ts";

export const dealsRouter = router({
  board: orgMember
    .output(z.array(stageOutput.extend({ deals: z.array(dealOutput), total: z.number() })))
    .query(({ ctx }) => getDealBoard(ctx, ctx.membership.orgId)),

  list: orgMember
    .input(listDealsInput)
    .output(pageOf(dealOutput))
    .query(({ ctx, input }) => listDeals(ctx, ctx.membership.orgId, input)),

  get: orgMember
    .input(z.object({ id: z.uuid() }))
    .output(dealOutput)
    .query(({ ctx, input }) => getDeal(ctx, ctx.membership.orgId, input.id)),

  create: orgMember
    .input(createDealInput)
    .output(dealOutput)
    .mutation(({ ctx, input }) => createDeal(ctx, ctx.membership.orgId, input)),

  update: orgMember
    .input(updateDealInput)
    .output(dealOutput)
    .mutation(({ ctx, input }) => updateDeal(ctx, ctx.membership.orgId, input)),

  move: orgMember
    .input(moveDealInput)
    .output(dealOutput)
    .mutation(({ ctx, input }) => moveDeal(ctx, ctx.membership.orgId, input)),
});
