import { router } from "../../trpc.ts";
import { activitiesRouter } from "./activities.ts";
import { contactsRouter } from "./contacts.ts";
import { dealsRouter } from "./deals.ts";
import { leadsRouter } from "./leads.ts";

export const crmRouter = router({
  leads: leadsRouter,
  contacts: contactsRouter,
  deals: dealsRouter,
  activities: activitiesRouter,
});
