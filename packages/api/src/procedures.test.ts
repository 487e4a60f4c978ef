import { addMember } from "@opsdash/core/orgs/add-member";
import { makeMember, makeOrg } from "@opsdash/core/testing/fixtures";
import type { Feature } from "@opsdash/sdk";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { orgAdmin, orgMember, requireFeature } from "./procedures.ts";
import { useApiTestKit } from "./testing/api-test-kit.ts";
import { createCallerFactory, router } from "./trpc.ts";

const kit = useApiTestKit();
const callerFor = kit.callerFor;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : `no TRPCError: ${String(error)}`;
}

describe("role checks", () => {
  it("refuses anonymous callers", async () => {
    expect(await codeOf((await callerFor(new Headers())).org.current())).toBe("UNAUTHORIZED");
  });

  it("lets a member read the org but not reach an admin procedure", async () => {
    const { headers } = await makeMember(kit.deps, "member");
    const caller = await callerFor(headers);
    expect((await caller.org.current()).role).toBe("member");
    expect(await codeOf(caller.org.invitations())).toBe("FORBIDDEN");
  });

  it.each(["admin", "owner"] as const)("lets an %s reach admin procedures", async (role) => {
    const { headers } = await makeMember(kit.deps, role);
    expect(await (await callerFor(headers)).org.invitations()).toEqual([]);
  });
});

describe("org isolation", () => {
  it("a member of another org cannot read this org, even with its id forced into the session", async () => {
    const mine = await makeMember(kit.deps, "owner");
    const theirs = await makeMember(kit.deps, "owner");
    // Simulate a tampered or stale session pointing at an org the user does not belong to.
    await kit.db.session.updateMany({
      where: { userId: mine.user.id },
      data: { activeOrganizationId: theirs.org.id },
    });
    const caller = await callerFor(mine.headers);
    expect(await codeOf(caller.org.current())).toBe("FORBIDDEN");
    expect(await codeOf(caller.org.members())).toBe("FORBIDDEN");
  });

  it("better-auth refuses to switch into an org the user is not a member of", async () => {
    const mine = await makeMember(kit.deps, "owner");
    const other = await makeOrg(kit.deps);
    await expect(
      kit.deps.auth.api.setActiveOrganization({ headers: mine.headers, body: { organizationId: other.id } }),
    ).rejects.toThrow();
  });

  it("lists only the active org's members", async () => {
    const a = await makeMember(kit.deps, "owner");
    const b = await makeMember(kit.deps, "owner");
    const members = await (await callerFor(a.headers)).org.members();
    expect(members.map((m) => m.email)).toEqual([a.user.email]);
    expect(members.map((m) => m.email)).not.toContain(b.user.email);
  });
});

describe("several orgs", () => {
  it("a user in two orgs switches the active one and sees each in turn", async () => {
    const first = await makeMember(kit.deps, "owner", "free");
    const second = await makeOrg(kit.deps, "enterprise");
    await addMember(kit.deps, { slug: second.slug, email: first.user.email, role: "member" });
    const caller = await callerFor(first.headers);
    expect((await caller.me.get()).memberships.map((m) => m.orgSlug).sort()).toEqual(
      [first.org.slug, second.slug].sort(),
    );
    expect((await caller.org.current()).orgSlug).toBe(first.org.slug);

    await kit.deps.auth.api.setActiveOrganization({ headers: first.headers, body: { organizationId: second.id } });
    const switched = await (await callerFor(first.headers)).org.current();
    expect(switched).toMatchObject({ orgSlug: second.slug, role: "member", plan: "enterprise" });
  });
});

describe("requireFeature", () => {
  const gated = (feature: Feature) =>
    createCallerFactory(router({ probe: orgAdmin.use(requireFeature(feature)).query(() => "reached") }));
  const memberGated = createCallerFactory(
    router({ probe: orgMember.use(requireFeature("crm:email-integration")).query(() => "reached") }),
  );

  it.each([
    ["free", "platform:lead-capture-api", false],
    ["pro", "platform:lead-capture-api", true],
    ["pro", "platform:webhooks", false],
    ["enterprise", "platform:webhooks", true],
    ["pro", "platform:api-access", false],
    ["enterprise", "platform:api-access", true],
  ] as const)("%s plan, %s → allowed: %s", async (plan, feature, allowed) => {
    const { headers } = await makeMember(kit.deps, "owner", plan);
    const caller = gated(feature)(await kit.contextFor(headers));
    if (allowed) expect(await caller.probe()).toBe("reached");
    else
      await expect(caller.probe()).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringMatching(/needs the (Pro|Enterprise) plan/),
      });
  });

  it("works after orgMember too", async () => {
    const { headers } = await makeMember(kit.deps, "member", "free");
    const caller = memberGated(await kit.contextFor(headers));
    await expect(caller.probe()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Pro plan"),
    });
  });
});

describe("org.current", () => {
  it("reports the plan and which features are locked, with the plan that unlocks them", async () => {
    const { headers } = await makeMember(kit.deps, "admin", "pro");
    const current = await (await callerFor(headers)).org.current();
    expect(current.plan).toBe("pro");
    expect(current.features).toContainEqual({
      feature: "platform:webhooks",
      enabled: false,
      requiredPlan: "enterprise",
    });
    expect(current.features).toContainEqual({ feature: "crm:email-integration", enabled: true, requiredPlan: "pro" });
  });
});
