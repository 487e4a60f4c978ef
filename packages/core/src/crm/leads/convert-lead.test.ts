import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg } from "../../testing/fixtures.ts";
import { createContact } from "../contacts/create-contact.ts";
import { countRows, eventsOf } from "../crm-test-kit.ts";
import { convertLead } from "./convert-lead.ts";
import { createLead } from "./create-lead.ts";
import { getLead } from "./list-leads.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("convertLead", () => {
  it("creates the contact and a deal, links them, and emits contact.created then lead.converted", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const lead = await createLead({ db }, org.id, {
      name: "Jane Doe",
      email: "jane@acme.com",
      company: "Acme",
      phone: "+1 555",
    });
    const result = await convertLead({ db }, org.id, { id: lead.id, deal: { value: 500000 } });

    expect(result.contactCreated).toBe(true);
    expect(result.deal).toMatchObject({ title: "Acme", value: 500000, stage: "lead_in", contactId: result.contactId });
    expect(result.lead).toMatchObject({ status: "converted", contactId: result.contactId, dealId: result.deal?.id });

    const events = await eventsOf(db, org.id);
    expect(events.map((e) => e.type)).toEqual(["lead.created", "contact.created", "lead.converted"]);
    expect(events[1]?.data).toEqual({
      contact_id: result.contactId,
      name: "Jane Doe",
      email: "jane@acme.com",
      company: "Acme",
      phone: "+1 555",
      lead_id: lead.id,
    });
    expect(events[2]?.data).toEqual({
      lead_id: lead.id,
      contact_id: result.contactId,
      deal_id: result.deal?.id,
      contact_created: true,
    });
  });

  it("reuses the org's contact with the same email, case-insensitively", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const existing = await createContact({ db }, org.id, { name: "Known", email: "Known@Client.com" });
    const lead = await createLead({ db }, org.id, { name: "Known again", email: "known@client.COM" });
    const result = await convertLead({ db }, org.id, { id: lead.id });
    expect(result).toMatchObject({ contactId: existing.id, contactCreated: false, deal: null });
    expect((await eventsOf(db, org.id)).map((e) => e.type)).toEqual([
      "contact.created",
      "lead.created",
      "lead.converted",
    ]);
    expect(await countRows(db, org.id)).toMatchObject({ contacts: 1 });
  });

  it("a failure midway leaves nothing half-done and no event", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const lead = await createLead({ db }, org.id, { name: "Half", email: "half@way.io" });
    const before = await countRows(db, org.id);
    // The stage is checked only after the lead is claimed and the contact inserted.
    await expect(
      convertLead({ db }, org.id, { id: lead.id, deal: { title: "D", stage: "no-such-stage" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await countRows(db, org.id)).toEqual(before);
    expect((await getLead({ db }, org.id, lead.id)).status).toBe("new");
    expect((await eventsOf(db, org.id)).map((e) => e.type)).toEqual(["lead.created"]);
  });

  it("converts once: a second conversion is a conflict, concurrent ones make one contact", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const lead = await createLead({ db }, org.id, { name: "Once", email: "once@only.io" });
    const outcomes = await Promise.allSettled([
      convertLead({ db }, org.id, { id: lead.id }),
      convertLead({ db }, org.id, { id: lead.id }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    await expect(convertLead({ db }, org.id, { id: lead.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countRows(db, org.id)).toMatchObject({ contacts: 1 });
    expect((await eventsOf(db, org.id)).filter((e) => e.type === "lead.converted")).toHaveLength(1);
  });

  it("two leads with one email converted at once share one contact", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const a = await createLead({ db }, org.id, { name: "Twin A", email: "twin@same.io" });
    const b = await createLead({ db }, org.id, { name: "Twin B", email: "TWIN@same.io" });
    const [ra, rb] = await Promise.all([convertLead({ db }, org.id, { id: a.id }), convertLead({ db }, org.id, { id: b.id })]);
    expect(ra.contactId).toBe(rb.contactId);
    expect([ra.contactCreated, rb.contactCreated].sort()).toEqual([false, true]);
    expect(await countRows(db, org.id)).toMatchObject({ contacts: 1 });
  });

  it("cannot convert another org's lead", async () => {
    const { db } = database;
    const [mine, theirs] = [await makeOrg({ db }), await makeOrg({ db })];
    const lead = await createLead({ db }, theirs.id, { name: "Theirs", email: "t@theirs.io" });
    await expect(convertLead({ db }, mine.id, { id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getLead({ db }, theirs.id, lead.id)).status).toBe("new");
  });
});
