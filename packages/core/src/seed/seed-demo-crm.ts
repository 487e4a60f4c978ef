import type { Db } from "@opsdash/db";
import { createActivity } from "../crm/activities/create-activity.ts";
import { createContact } from "../crm/contacts/create-contact.ts";
import { moveDeal } from "../crm/deals/move-deal.ts";
import { convertLead } from "../crm/leads/convert-lead.ts";
import { createLead } from "../crm/leads/create-lead.ts";

/** A few CRM records so a first look at the dashboard is not empty. Goes through the services,
 *  so the demo org's outbox holds the matching events too. */
export async function seedDemoCrm({ db }: { db: Db }, orgId: string): Promise<void> {
  await createLead({ db }, orgId, {
    name: "Priya Patel",
    email: "priya@northwind.example",
    company: "Northwind",
    source: "web form",
  });
  await createLead({ db }, orgId, {
    name: "Lena Fischer",
    email: "lena@contoso.example",
    company: "Contoso",
    source: "zapier",
    status: "contacted",
  });
  const marco = await createLead({ db }, orgId, {
    name: "Marco Rossi",
    email: "marco@fabrikam.example",
    company: "Fabrikam",
    source: "referral",
  });
  const converted = await convertLead({ db }, orgId, {
    id: marco.id,
    deal: { title: "Fabrikam rollout", value: 1_200_000, currency: "USD" },
  });
  if (converted.deal) await moveDeal({ db }, orgId, { id: converted.deal.id, stage: "proposal" });
  await createActivity({ db }, orgId, null, {
    type: "call",
    subject: "Discovery call",
    body: "Needs SSO and an EU data region. Sending a proposal this week.",
    contactIds: [converted.contactId],
    dealId: converted.deal?.id,
  });
  await createContact({ db }, orgId, { name: "Sam Lee", email: "sam@tailspin.example", company: "Tailspin Toys" });
}
