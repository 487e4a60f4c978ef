import { contactTimelineInput, getContactTimeline } from "@opsdash/core/crm/contacts/contact-timeline";
import { createContact, createContactInput } from "@opsdash/core/crm/contacts/create-contact";
import { getContact, listContacts, listContactsInput } from "@opsdash/core/crm/contacts/list-contacts";
import { updateContact, updateContactInput } from "@opsdash/core/crm/contacts/update-contact";
import { z } from "zod";
import { orgMember } from "../../procedures.ts";
import { router } from "../../trpc.ts";
import { contactOutput, contactPageOutput, timelineOutput } from "./crm-outputs.ts";

export const contactsRouter = router({
  list: orgMember
    .input(listContactsInput)
    .output(contactPageOutput)
    .query(({ ctx, input }) => listContacts(ctx, ctx.membership.orgId, input)),

  get: orgMember
    .input(z.object({ id: z.uuid() }))
    .output(contactOutput)
    .query(({ ctx, input }) => getContact(ctx, ctx.membership.orgId, input.id)),

  create: orgMember
    .input(createContactInput)
    .output(contactOutput)
    .mutation(({ ctx, input }) => createContact(ctx, ctx.membership.orgId, input)),

  update: orgMember
    .input(updateContactInput)
    .output(contactOutput)
    .mutation(({ ctx, input }) => updateContact(ctx, ctx.membership.orgId, input)),

  timeline: orgMember
    .input(contactTimelineInput)
    .output(timelineOutput)
    .query(({ ctx, input }) => getContactTimeline(ctx, ctx.membership.orgId, input)),
});
