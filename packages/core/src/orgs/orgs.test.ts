import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, seedDemo } from "../seed/seed-demo.ts";
import { makeOrg, makeUser, signIn, testAuth } from "../testing/fixtures.ts";
import { createUser } from "../users/create-user.ts";
import { addMember } from "./add-member.ts";
import { createOrganization } from "./create-organization.ts";
import { getMembership, listMemberships } from "./get-membership.ts";
import { setPlan } from "./set-plan.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("organizations", () => {
  it("rejects a duplicate slug and a malformed one", async () => {
    const { db } = database;
    const org = await makeOrg({ db });
    await expect(createOrganization({ db }, { name: "Again", slug: org.slug })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(createOrganization({ db }, { name: "Bad", slug: "Not A Slug" })).rejects.toThrow(/Slug must be/);
  });

  it("changes the plan by slug", async () => {
    const { db } = database;
    const org = await makeOrg({ db }, "free");
    expect((await setPlan({ db }, { slug: org.slug, plan: "enterprise" })).plan).toBe("enterprise");
    await expect(setPlan({ db }, { slug: "no-such-org", plan: "pro" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets a user belong to several orgs with a role in each", async () => {
    const { db } = database;
    const auth = testAuth(db);
    const user = await makeUser({ db, auth });
    const [a, b] = [await makeOrg({ db }), await makeOrg({ db })];
    await addMember({ db }, { slug: a.slug, email: user.email, role: "owner" });
    await addMember({ db }, { slug: b.slug, email: user.email, role: "member" });
    const memberships = await listMemberships({ db }, user.id);
    expect(memberships.map((m) => [m.orgSlug, m.role]).sort()).toEqual(
      [
        [a.slug, "owner"],
        [b.slug, "member"],
      ].sort(),
    );
    expect(await getMembership({ db }, user.id, (await makeOrg({ db })).id)).toBeNull();
  });
});

describe("users", () => {
  it("creates a user who can sign in, with the password hashed", async () => {
    const { db } = database;
    const auth = testAuth(db);
    const user = await createUser(
      { db, auth },
      { email: "Mixed.Case@Example.test", password: "long-enough-pw", name: "Mia" },
    );
    expect(user.email).toBe("mixed.case@example.test");
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id }, select: { password: true } });
    expect(account.password).not.toContain("long-enough-pw");
    expect((await signIn(auth, user.email, "long-enough-pw")).get("cookie")).toContain("session_token");
    await expect(
      createUser({ db, auth }, { email: user.email, password: "another-pw", name: "X" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("seedDemo", () => {
  it("seeds once; running again adds nothing", async () => {
    const { db } = database;
    const auth = testAuth(db);
    expect(await seedDemo({ db, auth })).toEqual({ created: true });
    expect(await seedDemo({ db, auth })).toEqual({ created: false });
    expect(await db.organization.count({ where: { slug: demo.orgSlug } })).toBe(1);
    expect(await db.user.count({ where: { email: demo.ownerEmail } })).toBe(1);
    const org = await db.organization.findUniqueOrThrow({
      where: { slug: demo.orgSlug },
      select: { _count: { select: { members: true } } },
    });
    expect(org._count.members).toBe(1);
    const demoOrg = await db.organization.findUniqueOrThrow({ where: { slug: demo.orgSlug }, select: { id: true } });
    expect(await db.lead.count({ where: { organizationId: demoOrg.id } })).toBe(3);
    expect(await db.contact.count({ where: { organizationId: demoOrg.id } })).toBe(2);
  });
});
