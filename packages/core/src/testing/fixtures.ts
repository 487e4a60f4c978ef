import { randomUUID } from "node:crypto";
import type { Db } from "@opsdash/db";
import type { Plan } from "@opsdash/sdk";
import { type Auth, createAuth } from "../auth/create-auth.ts";
import { addMember } from "../orgs/add-member.ts";
import { createOrganization } from "../orgs/create-organization.ts";
import type { OrgRole } from "../orgs/roles.ts";
import { createUser } from "../users/create-user.ts";

// Test data builders. Every builder makes unique rows, so tests never depend on each other.

export const testAuth = (db: Db): Auth =>
  createAuth({ db, secret: "test-secret-that-is-at-least-32-characters", baseUrl: "http://localhost:3000" });

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(deps: { db: Db; auth: Auth }, name = "Test User") {
  const email = `user-${unique()}@example.test`;
  const password = `pw-${unique()}-secret`;
  const user = await createUser(deps, { email, password, name });
  return { ...user, password };
}

export async function makeOrg({ db }: { db: Db }, plan: Plan = "free") {
  const slug = `org-${unique()}`;
  return createOrganization({ db }, { name: `Org ${slug}`, slug, plan });
}

/** A user who is `role` in a fresh org on `plan`, signed in with that org active. */
export async function makeMember(deps: { db: Db; auth: Auth }, role: OrgRole, plan: Plan = "free") {
  const org = await makeOrg(deps, plan);
  const user = await makeUser(deps);
  await addMember(deps, { slug: org.slug, email: user.email, role });
  const headers = await signIn(deps.auth, user.email, user.password);
  await deps.auth.api.setActiveOrganization({ headers, body: { organizationId: org.id } });
  return { org, user, headers };
}

/** Signs in through better-auth and returns request headers carrying the session cookie. */
export async function signIn(auth: Auth, email: string, password: string): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}
