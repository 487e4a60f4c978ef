import { convertLead, convertLeadInput } from "@opsdash/core/crm/leads/convert-lead";
import { createLead, createLeadInput } from "@opsdash/core/crm/leads/create-lead";
import { getLead, listLeads, listLeadsInput } from "@opsdash/core/crm/leads/list-leads";
import { updateLead, updateLeadInput } from "@opsdash/core/crm/leads/update-lead";
import { z } from "zod";
import { orgMember } from "../../procedures.ts";
import { router } from "../../trpc.ts";
import { dealOutput, leadOutput, leadPageOutput } from "./crm-outputs.ts";

export const leadsRouter = router({
  list: orgMember
    .input(listLeadsInput)
    .output(leadPageOutput)
    .query(({ ctx, input }) => listLeads(ctx, ctx.membership.orgId, input)),

  get: orgMember
    .input(z.object({ id: z.uuid() }))
    .output(leadOutput)
    .query(({ ctx, input }) => getLead(ctx, ctx.membership.orgId, input.id)),

  create: orgMember
    .input(createLeadInput)
    .output(leadOutput)
    .mutation(({ ctx, input }) => createLead(ctx, ctx.membership.orgId, input)),

  update: orgMember
    .input(updateLeadInput)
    .output(leadOutput)
    .mutation(({ ctx, input }) => updateLead(ctx, ctx.membership.orgId, input)),

  convert: orgMember
    .input(convertLeadInput)
    .output(
      z.object({ lead: leadOutput, contactId: z.string(), contactCreated: z.boolean(), deal: dealOutput.nullable() }),
    )
    .mutation(({ ctx, input }) => convertLead(ctx, ctx.membership.orgId, input)),
});
