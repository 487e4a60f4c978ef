import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg } from "../../testing/fixtures.ts";
import { tick } from "../../testing/tick.ts";
import { createActivity } from "../activities/create-activity.ts";
import { listActivities } from "../activities/list-activities.ts";
import { eventsOf } from "../crm-test-kit.ts";
import { createDeal } from "../deals/create-deal.ts";
import { moveDeal } from "../deals/move-deal.ts";
import { getContactTimeline } from "./contact-timeline.ts";
import { createContact } from "./create-contact.ts";
import { getContact, listContacts } from "./list-contacts.ts";
import { updateContact } from "./update-contact.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("contacts", () => {
  it("keeps emails unique per org, case-insensitively, across primary and extra emails", async () => {
    const { db } = database;
    const [org, other] = [await makeOrg({ db }), await makeOrg({ db })];
    const ann = await createContact({ db }, org.id, {
      name: "Ann",
      email: "Ann@Example.com",
      extraEmails: ["ann.b@home.net"],
    });
    expect(ann.extraEmails).toEqual(["ann.b@home.net"]);

    await expect(createContact({ db }, org.id, { name: "Dup", email: "ann@EXAMPLE.com" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A contact with email Ann@Example.com already exists in this organization.",
    });
    await expect(createContact({ db }, org.id, { name: "Dup", email: "ANN.B@home.net" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const bob = await createContact({ db }, org.id, { name: "Bob", email: "bob@example.com" });
    await expect(updateContact({ db }, org.id, { id: bob.id, addEmails: ["ann@example.com"] })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Another org may hold the same address.
    expect((await createContact({ db }, other.id, { name: "Ann elsewhere", email: "ann@example.com" })).email).toBe(
      "ann@example.com",
    );
  });

  it("emits one contact.created event and finds contacts by any of their emails", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const c = await createContact({ db }, org.id, {
      name: "Cy",
      email: "cy@corp.io",
      company: "Corp",
      extraEmails: ["cy@personal.me"],
    });
    expect(await eventsOf(db, org.id)).toEqual([
      {
        id: expect.any(String),
        type: "contact.created",
        contactId: c.id,
        data: { contact_id: c.id, name: "Cy", email: "cy@corp.io", company: "Corp", phone: null, lead_id: null },
      },
    ]);
    expect((await listContacts({ db }, org.id, { q: "personal.me" })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await listContacts({ db }, org.id, { q: "corp" })).items.map((x) => x.id)).toEqual([c.id]);
  });

  it("never shows another org's contact", async () => {
    const { db } = database;
    const [mine, theirs] = [await makeOrg({ db }), await makeOrg({ db })];
    const c = await createContact({ db }, theirs.id, { name: "Hidden", email: "hidden@theirs.com" });
    await expect(getContact({ db }, mine.id, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateContact({ db }, mine.id, { id: c.id, name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getContactTimeline({ db }, mine.id, { contactId: c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createActivity({ db }, mine.id, null, { type: "note", subject: "peek", contactIds: [c.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createDeal({ db }, mine.id, { title: "Steal", contactId: c.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("activities and the contact timeline", () => {
  it("lists activities and deal events newest first", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const c = await createContact({ db }, org.id, { name: "Tim", email: "tim@line.io" });
    await createActivity({ db }, org.id, null, {
      type: "call",
      subject: "Intro call",
      contactIds: [c.id],
      occurredAt: new Date(Date.now() - 60_000),
    });
    const deal = await createDeal({ db }, org.id, { title: "Tim's deal", value: 15000, contactId: c.id });
    await moveDeal({ db }, org.id, { id: deal.id, stage: "won" });
    await tick();
    await createActivity({ db }, org.id, null, {
      type: "note",
      subject: "Sent thanks",
      body: "Card in the post",
      contactIds: [c.id],
    });

    const { items } = await getContactTimeline({ db }, org.id, { contactId: c.id });
    expect(items.map((i) => (i.kind === "activity" ? `${i.type}:${i.subject}` : i.type))).toEqual([
      "note:Sent thanks",
      "deal.won",
      "deal.stage_changed",
      "contact.created",
      "call:Intro call",
    ]);
  });

  it("lists the org's activities by type, contact or text, newest first, in pages", async () => {
    const { db } = database;
    const [org, other] = [await makeOrg({ db }), await makeOrg({ db })];
    const [a, b] = [
      await createContact({ db }, org.id, { name: "A", email: "a@list.io" }),
      await createContact({ db }, org.id, { name: "B", email: "b@list.io" }),
    ];
    await createActivity({ db }, org.id, null, { type: "call", subject: "Pricing call", contactIds: [a.id] });
    await tick();
    await createActivity({ db }, org.id, null, {
      type: "note",
      subject: "Met at expo",
      body: "Wants pricing",
      contactIds: [a.id, b.id],
    });
    await tick();
    await createActivity({ db }, org.id, null, { type: "meeting", subject: "Demo", contactIds: [b.id] });
    const theirs = await createContact({ db }, other.id, { name: "T", email: "t@list.io" });
    await createActivity({ db }, other.id, null, {
      type: "call",
      subject: "Pricing elsewhere",
      contactIds: [theirs.id],
    });

    expect((await listActivities({ db }, org.id)).items.map((x) => x.subject)).toEqual([
      "Demo",
      "Met at expo",
      "Pricing call",
    ]);
    expect((await listActivities({ db }, org.id, { type: "call" })).items.map((x) => x.subject)).toEqual([
      "Pricing call",
    ]);
    expect((await listActivities({ db }, org.id, { q: "pricing" })).items.map((x) => x.subject)).toEqual([
      "Met at expo",
      "Pricing call",
    ]);
    expect((await listActivities({ db }, org.id, { contactId: b.id })).items.map((x) => x.contactIds.length)).toEqual([
      1, 2,
    ]);
    const page = await listActivities({ db }, org.id, { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(
      (await listActivities({ db }, org.id, { limit: 2, cursor: page.nextCursor ?? undefined })).items.map(
        (x) => x.subject,
      ),
    ).toEqual(["Pricing call"]);
  });

  it("requires a direction on email activities only", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const c = await createContact({ db }, org.id, { name: "Em", email: "em@mail.io" });
    await expect(
      createActivity({ db }, org.id, null, { type: "email", subject: "Hi", contactIds: [c.id] }),
    ).rejects.toThrow(/direction/);
    await expect(
      createActivity({ db }, org.id, null, { type: "note", subject: "Hi", direction: "inbound", contactIds: [c.id] }),
    ).rejects.toThrow(/direction/);
    const email = await createActivity({ db }, org.id, null, {
      type: "email",
      subject: "Hi",
      direction: "inbound",
      contactIds: [c.id],
    });
    expect(email.direction).toBe("inbound");
  });

  it("holds email external ids unique per org", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const insert = (gmailMessageId: string, rfc822MessageId: string) =>
      db.activity.create({
        data: {
          organizationId: org.id,
          type: "email",
          subject: "s",
          occurredAt: new Date(),
          direction: "inbound",
          gmailMessageId,
          rfc822MessageId,
        },
      });
    await insert("g-1", "<m-1@mail>");
    await expect(insert("g-1", "<m-2@mail>")).rejects.toMatchObject({ code: "P2002" });
    await expect(insert("g-2", "<m-1@mail>")).rejects.toMatchObject({ code: "P2002" });
  });
});
