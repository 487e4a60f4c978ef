import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg } from "../../testing/fixtures.ts";
import { tick } from "../../testing/tick.ts";
import { eventsOf } from "../crm-test-kit.ts";
import { createLead } from "./create-lead.ts";
import { getLead, listLeads } from "./list-leads.ts";
import { updateLead } from "./update-lead.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("leads", () => {
  it("creates a lead with exactly one lead.created event carrying the documented payload", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const lead = await createLead({ db }, org.id, {
      name: " Jane Doe ",
      email: "jane@example.com",
      company: "Acme Corp",
      source: "zapier",
    });
    expect(lead).toMatchObject({ name: "Jane Doe", status: "new", phone: null, company: "Acme Corp" });
    expect(await eventsOf(db, org.id)).toEqual([
      {
        id: expect.any(String),
        type: "lead.created",
        contactId: null,
        data: {
          lead_id: lead.id,
          name: "Jane Doe",
          email: "jane@example.com",
          company: "Acme Corp",
          phone: null,
          source: "zapier",
          status: "new",
        },
      },
    ]);
  });

  it("rejects a lead without a valid email, writing nothing", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    await expect(createLead({ db }, org.id, { name: "No Email", email: "not-an-email" })).rejects.toThrow(
      /valid email/,
    );
    await expect(createLead({ db }, org.id, { name: "", email: "a@b.co" })).rejects.toThrow(/name is required/);
    expect(await eventsOf(db, org.id)).toEqual([]);
  });

  it("searches by name, email or company, filters by status, and pages with a cursor", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    for (let i = 0; i < 5; i++)
      await createLead({ db }, org.id, {
        name: `Person ${i}`,
        email: `p${i}@widgets.io`,
        company: i % 2 ? "Widgets" : "Gadgets",
      });
    await tick();
    await createLead({ db }, org.id, { name: "Zed", email: "zed@elsewhere.com", status: "qualified" });

    expect((await listLeads({ db }, org.id, { q: "WIDGETS" })).items).toHaveLength(5); // email domain, case-insensitive
    expect((await listLeads({ db }, org.id, { q: "gadgets" })).items).toHaveLength(3);
    expect((await listLeads({ db }, org.id, { q: "zed" })).items.map((l) => l.name)).toEqual(["Zed"]);
    expect((await listLeads({ db }, org.id, { status: "qualified" })).items.map((l) => l.name)).toEqual(["Zed"]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listLeads({ db }, org.id, { limit: 4, cursor });
      seen.push(...page.items.map((l) => l.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen[0]).toBe("Zed"); // newest first
    await expect(listLeads({ db }, org.id, { cursor: "garbage" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("keeps every lead inside its org", async () => {
    const { db } = database;
    const [mine, theirs] = [await makeOrg({ db }), await makeOrg({ db })];
    const lead = await createLead({ db }, theirs.id, { name: "Secret", email: "secret@theirs.com" });
    await expect(getLead({ db }, mine.id, lead.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateLead({ db }, mine.id, { id: lead.id, name: "Hijacked" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listLeads({ db }, mine.id, { q: "secret" })).items).toEqual([]);
    expect((await getLead({ db }, theirs.id, lead.id)).name).toBe("Secret");
  });

  it("updates fields and refuses an owner from outside the org", async () => {
    const { db } = database;
    const [org, other] = [await makeOrg({ db }), await makeOrg({ db })];
    const lead = await createLead({ db }, org.id, { name: "Sam", email: "sam@x.io" });
    expect((await updateLead({ db }, org.id, { id: lead.id, status: "contacted", company: "X" })).status).toBe(
      "contacted",
    );
    const outsider = await db.user.create({
      data: { email: `out-${other.slug}@x.io`, name: "Out" },
      select: { id: true },
    });
    await expect(updateLead({ db }, org.id, { id: lead.id, ownerId: outsider.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
