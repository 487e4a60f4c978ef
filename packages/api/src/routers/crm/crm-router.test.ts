import { makeMember } from "@opsdash/core/testing/fixtures";
import { tick } from "@opsdash/core/testing/tick";
import { describe, expect, it } from "vitest";
import { useApiTestKit } from "../../testing/api-test-kit.ts";

const kit = useApiTestKit();
const callerFor = kit.callerFor;

describe("crm router", () => {
  it("lets a plain member work the whole flow: lead → convert → won → timeline", async () => {
    const { headers } = await makeMember(kit.deps, "member");
    const crm = (await callerFor(headers)).crm;
    const lead = await crm.leads.create({ name: "Flow", email: "flow@x.io", company: "Flow Inc" });
    const converted = await crm.leads.convert({ id: lead.id, deal: { value: 2500 } });
    await crm.deals.move({ id: converted.deal!.id, stage: "won" });
    await tick();
    await crm.activities.create({ type: "meeting", subject: "Kick-off", contactIds: [converted.contactId] });
    const timeline = await crm.contacts.timeline({ contactId: converted.contactId });
    expect(timeline.items.map((i) => (i.kind === "event" ? i.type : i.subject))).toEqual([
      "Kick-off",
      "deal.won",
      "deal.stage_changed",
      "lead.converted",
      "contact.created",
    ]);
  });

  it("answers bad input with BAD_REQUEST naming the field", async () => {
    const { headers } = await makeMember(kit.deps, "member");
    const crm = (await callerFor(headers)).crm;
    await expect(crm.leads.create({ name: "x", email: "nope" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const deal = await crm.deals.create({ title: "D" });
    await expect(crm.deals.move({ id: deal.id, stage: "mars" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'Unknown stage "mars".',
    });
  });

  it("scopes every call to the caller's active org", async () => {
    const a = await makeMember(kit.deps, "owner");
    const b = await makeMember(kit.deps, "owner");
    const lead = await (await callerFor(b.headers)).crm.leads.create({ name: "B's", email: "b@b.io" });
    const crmA = (await callerFor(a.headers)).crm;
    await expect(crmA.leads.get({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(crmA.leads.convert({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await crmA.leads.list({})).items).toEqual([]);
  });
});
