import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg } from "../../testing/fixtures.ts";
import { createContact } from "../contacts/create-contact.ts";
import { eventsOf } from "../crm-test-kit.ts";
import { createDeal } from "./create-deal.ts";
import { getDealBoard, listDeals } from "./list-deals.ts";
import { moveDeal } from "./move-deal.ts";
import { updateDeal } from "./update-deal.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("deals", () => {
  it("starts in the first stage of the default pipeline", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const deal = await createDeal({ db }, org.id, { title: "First", value: 1999, currency: "eur" });
    expect(deal).toMatchObject({ stage: "lead_in", status: "open", value: 1999, currency: "EUR", closedAt: null });
    const board = await getDealBoard({ db }, org.id);
    expect(board.map((s) => s.key)).toEqual(["lead_in", "qualified", "proposal", "negotiation", "won", "lost"]);
    expect(board[0]?.deals.map((d) => d.id)).toEqual([deal.id]);
  });

  it("moving to won closes the deal and emits stage_changed then won, once each", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const contact = await createContact({ db }, org.id, { name: "Buyer", email: "buyer@b.io" });
    const deal = await createDeal({ db }, org.id, { title: "Big one", value: 15000, contactId: contact.id });
    await moveDeal({ db }, org.id, { id: deal.id, stage: "proposal" });
    const won = await moveDeal({ db }, org.id, { id: deal.id, stage: "won" });
    expect(won.status).toBe("won");
    expect(won.closedAt).toBeInstanceOf(Date);
    await moveDeal({ db }, org.id, { id: deal.id, stage: "won" }); // same stage: nothing happens

    const events = (await eventsOf(db, org.id)).filter((e) => e.type.startsWith("deal."));
    expect(events.map((e) => [e.type, e.data])).toEqual([
      [
        "deal.stage_changed",
        {
          deal_id: deal.id,
          title: "Big one",
          from: "lead_in",
          to: "proposal",
          status: "open",
          value: 15000,
          currency: "USD",
          contact_id: contact.id,
        },
      ],
      [
        "deal.stage_changed",
        {
          deal_id: deal.id,
          title: "Big one",
          from: "proposal",
          to: "won",
          status: "won",
          value: 15000,
          currency: "USD",
          contact_id: contact.id,
        },
      ],
      [
        "deal.won",
        { deal_id: deal.id, title: "Big one", value: 15000, currency: "USD", contact_id: contact.id, stage: "won" },
      ],
    ]);
  });

  it("concurrent moves apply one after the other, each event with the true `from`", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const deal = await createDeal({ db }, org.id, { title: "Contested" });
    await Promise.all([
      moveDeal({ db }, org.id, { id: deal.id, stage: "qualified" }),
      moveDeal({ db }, org.id, { id: deal.id, stage: "proposal" }),
    ]);
    const moves = (await eventsOf(db, org.id)).map((e) => e.data as { from: string; to: string });
    expect(moves).toHaveLength(2);
    expect(moves[0]?.from).toBe("lead_in");
    expect(moves[1]?.from).toBe(moves[0]?.to);
  });

  it("loses and reopens", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    const deal = await createDeal({ db }, org.id, { title: "Maybe" });
    expect((await moveDeal({ db }, org.id, { id: deal.id, stage: "lost" })).status).toBe("lost");
    const reopened = await moveDeal({ db }, org.id, { id: deal.id, stage: "negotiation" });
    expect(reopened).toMatchObject({ status: "open", closedAt: null, stage: "negotiation" });
    expect((await eventsOf(db, org.id)).map((e) => e.type)).toEqual([
      "deal.stage_changed",
      "deal.lost",
      "deal.stage_changed",
    ]);
  });

  it("rejects unknown stages and other orgs' deals", async () => {
    const { db } = database;
    const [org, other] = [await makeOrg({ db }), await makeOrg({ db })];
    const deal = await createDeal({ db }, org.id, { title: "Mine" });
    await expect(moveDeal({ db }, org.id, { id: deal.id, stage: "heaven" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(moveDeal({ db }, other.id, { id: deal.id, stage: "won" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(updateDeal({ db }, other.id, { id: deal.id, title: "Theirs now" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getDealBoard({ db }, other.id)).flatMap((s) => s.deals)).toEqual([]);
    await expect(createDeal({ db }, org.id, { title: "Frac", value: 10.5 })).rejects.toThrow(/minor units/);
  });

  it("searches by title or contact name, filters by status, and pages", async () => {
    const { db } = database;
    const [org, other] = [await makeOrg({ db }), await makeOrg({ db })];
    const ada = await createContact({ db }, org.id, { name: "Ada Lovelace", email: "ada@engines.io" });
    for (let i = 0; i < 4; i++)
      await createDeal({ db }, org.id, { title: `Engine ${i}`, contactId: i === 0 ? ada.id : null });
    const lost = await createDeal({ db }, org.id, { title: "Loom" });
    await moveDeal({ db }, org.id, { id: lost.id, stage: "lost" });
    await createDeal({ db }, other.id, { title: "Engine elsewhere" });

    expect((await listDeals({ db }, org.id, { q: "engine" })).items).toHaveLength(4);
    expect((await listDeals({ db }, org.id, { q: "lovelace" })).items.map((d) => d.title)).toEqual(["Engine 0"]);
    expect((await listDeals({ db }, org.id, { status: "lost" })).items.map((d) => d.title)).toEqual(["Loom"]);
    const first = await listDeals({ db }, org.id, { limit: 3 });
    const second = await listDeals({ db }, org.id, { limit: 3, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((d) => d.title).sort()).toEqual([
      "Engine 0",
      "Engine 1",
      "Engine 2",
      "Engine 3",
      "Loom",
    ]);
    expect(second.nextCursor).toBeNull();
  });
});
