import { createAuth } from "@opsdash/core/auth/create-auth";
import { createContact } from "@opsdash/core/crm/contacts/create-contact";
import { createLead } from "@opsdash/core/crm/leads/create-lead";
import { listLeads } from "@opsdash/core/crm/leads/list-leads";
import { addMember } from "@opsdash/core/orgs/add-member";
import { createOrganization } from "@opsdash/core/orgs/create-organization";
import { findOrganizationBySlug } from "@opsdash/core/orgs/find-organization";
import { setPlan } from "@opsdash/core/orgs/set-plan";
import { seedDemo } from "@opsdash/core/seed/seed-demo";
import { createUser } from "@opsdash/core/users/create-user";
import { applyMigrations, type Connection } from "@opsdash/db";
import { type Plan, planSchema } from "@opsdash/sdk";
import { type Env, publicOrigins } from "../env.ts";

export interface CommandContext {
  connection: Connection;
  env: Env;
  flags: Record<string, string | boolean | undefined>;
  /** Progress lines (stderr, so --json output stays clean). */
  progress: (line: string) => void;
}

export interface CommandResult {
  /** What scripts get with --json. */
  data: unknown;
  /** What people read. */
  text: string;
}

export interface Command {
  usage: string;
  /** Needs the database migrated first (every command but migrate). */
  run(ctx: CommandContext): Promise<CommandResult>;
}

export class UsageError extends Error {}

function flag(ctx: CommandContext, name: string): string {
  const value = ctx.flags[name];
  if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

function planFlag(ctx: CommandContext, name: string, fallback?: Plan): Plan {
  const value = ctx.flags[name] ?? fallback;
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${name} must be one of free, pro, enterprise`);
  return parsed.data;
}

function optionalFlag(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.flags[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

// The CLI only hashes passwords with it; no request ever reaches this instance.
const authFor = ({ connection, env }: CommandContext) =>
  createAuth({ db: connection.db, secret: env.BETTER_AUTH_SECRET, baseUrl: publicOrigins(env, env.PORT).baseUrl });

export const commands: Record<string, Command> = {
  "org create": {
    usage: "org create --name <name> --slug <slug> [--plan free|pro|enterprise]",
    async run(ctx) {
      const org = await createOrganization(
        { db: ctx.connection.db },
        { name: flag(ctx, "name"), slug: flag(ctx, "slug"), plan: planFlag(ctx, "plan", "free") },
      );
      return { data: org, text: `Created organization ${org.slug} (${org.name}) on the ${org.plan} plan.` };
    },
  },
  "org set-plan": {
    usage: "org set-plan --org <slug> --plan free|pro|enterprise",
    async run(ctx) {
      const org = await setPlan({ db: ctx.connection.db }, { slug: flag(ctx, "org"), plan: planFlag(ctx, "plan") });
      return { data: org, text: `Organization ${org.slug} is now on the ${org.plan} plan.` };
    },
  },
  "org add-member": {
    usage: "org add-member --org <slug> --email <email> --role owner|admin|member",
    async run(ctx) {
      const role = flag(ctx, "role");
      if (!["owner", "admin", "member"].includes(role))
        throw new UsageError("--role must be one of owner, admin, member");
      const member = await addMember(
        { db: ctx.connection.db },
        { slug: flag(ctx, "org"), email: flag(ctx, "email"), role: role as "owner" | "admin" | "member" },
      );
      return { data: member, text: `${member.email} is now ${member.role} of ${member.org}.` };
    },
  },
  "user create": {
    usage: "user create --email <email> --password <password> --name <name>",
    async run(ctx) {
      const user = await createUser(
        { db: ctx.connection.db, auth: authFor(ctx) },
        { email: flag(ctx, "email"), password: flag(ctx, "password"), name: flag(ctx, "name") },
      );
      return { data: user, text: `Created user ${user.email}. They can sign in now.` };
    },
  },
  "lead create": {
    usage: "lead create --org <slug> --name <name> --email <email> [--company <company>]",
    async run(ctx) {
      const db = ctx.connection.db;
      const org = await findOrganizationBySlug({ db }, flag(ctx, "org"));
      const lead = await createLead({ db }, org.id, {
        name: flag(ctx, "name"),
        email: flag(ctx, "email"),
        company: optionalFlag(ctx, "company"),
        source: "cli",
      });
      return { data: lead, text: `Created lead ${lead.id} (${lead.name} <${lead.email}>) in ${org.slug}.` };
    },
  },
  "lead list": {
    usage: "lead list --org <slug> [--json]",
    async run(ctx) {
      const db = ctx.connection.db;
      const org = await findOrganizationBySlug({ db }, flag(ctx, "org"));
      const leads = [];
      let cursor: string | undefined;
      do {
        const page = await listLeads({ db }, org.id, { limit: 100, cursor });
        leads.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const lines = leads.map(
        (l) => `${l.id}  ${l.status.padEnd(12)} ${l.name} <${l.email}>${l.company ? ` · ${l.company}` : ""}`,
      );
      return { data: leads, text: leads.length ? lines.join("\n") : `No leads in ${org.slug} yet.` };
    },
  },
  "contact create": {
    usage: "contact create --org <slug> --name <name> --email <email>",
    async run(ctx) {
      const db = ctx.connection.db;
      const org = await findOrganizationBySlug({ db }, flag(ctx, "org"));
      const contact = await createContact({ db }, org.id, { name: flag(ctx, "name"), email: flag(ctx, "email") });
      return {
        data: contact,
        text: `Created contact ${contact.id} (${contact.name} <${contact.email}>) in ${org.slug}.`,
      };
    },
  },
  migrate: {
    usage: "migrate",
    async run(ctx) {
      const result = await applyMigrations({
        url: ctx.connection.url,
        onApplied: (name) => ctx.progress(`applied ${name}`),
      });
      const text = result.applied.length
        ? `Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`
        : `Database is up to date (${result.alreadyApplied} migrations applied).`;
      return { data: result, text };
    },
  },
  seed: {
    usage: "seed",
    async run(ctx) {
      const result = await seedDemo({ db: ctx.connection.db, auth: authFor(ctx) });
      return {
        data: result,
        text: result.created ? "Seeded the demo organization." : "Demo organization already exists; nothing to do.",
      };
    },
  },
};
