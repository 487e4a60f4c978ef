import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg } from "../testing/fixtures.ts";
import {
  assertOrgHasFeature,
  featureAccessFor,
  minimumPlanFor,
  orgHasFeature,
  planHasFeature,
} from "./entitlements.ts";

describe("plan entitlements", () => {
  it.each([
    ["free", "platform:lead-capture-api", false],
    ["pro", "platform:lead-capture-api", true],
    ["enterprise", "platform:lead-capture-api", true],
    ["free", "crm:email-integration", false],
    ["pro", "crm:email-integration", true],
    ["pro", "platform:api-access", false],
    ["enterprise", "platform:api-access", true],
    ["pro", "platform:webhooks", false],
    ["enterprise", "platform:webhooks", true],
  ] as const)("%s plan → %s: %s", (plan, feature, expected) => {
    expect(planHasFeature(plan, feature)).toBe(expected);
  });

  it("names the cheapest plan that unlocks each feature", () => {
    expect(minimumPlanFor("platform:lead-capture-api")).toBe("pro");
    expect(minimumPlanFor("platform:webhooks")).toBe("enterprise");
    expect(featureAccessFor("free").every((f) => !f.enabled)).toBe(true);
  });
});

describe("orgHasFeature", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("answers from the org's current plan", async () => {
    const { db } = database;
    const free = await makeOrg({ db }, "free");
    const enterprise = await makeOrg({ db }, "enterprise");
    expect(await orgHasFeature({ db }, free.id, "platform:webhooks")).toBe(false);
    expect(await orgHasFeature({ db }, enterprise.id, "platform:webhooks")).toBe(true);
    await expect(assertOrgHasFeature({ db }, free.id, "platform:webhooks")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("needs the Enterprise plan"),
    });
  });
});
