import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmptyTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "./env.ts";
import { startServer } from "./start-server.ts";

// Runs the real CLI process against an embedded data dir (or a fresh server database).
let dataDir: string;
let serverDatabase: TestDatabase | undefined;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "opsdash-cli-"));
  if (process.env.DATABASE_URL) serverDatabase = await createEmptyTestDatabase();
});
afterAll(async () => {
  await serverDatabase?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// Vitest exposes Vite's BASE_URL ("/") in process.env; the CLI must not inherit it.
const { BASE_URL: _viteBaseUrl, ...inheritedEnv } = process.env;

function opsdash(...args: string[]) {
  return opsdashWith({ DATA_DIR: dataDir, DATABASE_URL: serverDatabase?.url ?? "" }, ...args);
}

/** Async, so an app served by this test process keeps answering while the CLI runs. */
function opsdashWith(env: Record<string, string>, ...args: string[]) {
  const tsx = join(import.meta.dirname, "../node_modules/.bin/tsx");
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      tsx,
      [join(import.meta.dirname, "cli.ts"), ...args],
      { env: { ...inheritedEnv, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          stdout: stdout.trim(),
          stderr: stderr.trim(),
        });
      },
    );
  });
}

describe("opsdash CLI", () => {
  it("creates an org, a user, a membership and changes the plan", async () => {
    const created = await opsdash("org", "create", "--name", "Acme Inc", "--slug", "acme", "--plan", "pro", "--json");
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ name: "Acme Inc", slug: "acme", plan: "pro" });

    const user = await opsdash(
      "user",
      "create",
      "--email",
      "ops@acme.test",
      "--password",
      "a-long-password",
      "--name",
      "Ops",
    );
    expect(user).toMatchObject({ code: 0, stdout: "Created user ops@acme.test. They can sign in now." });

    expect(
      (await opsdash("org", "add-member", "--org", "acme", "--email", "ops@acme.test", "--role", "admin")).stdout,
    ).toBe("ops@acme.test is now admin of acme.");
    expect(
      JSON.parse((await opsdash("org", "set-plan", "--org", "acme", "--plan", "enterprise", "--json")).stdout).plan,
    ).toBe("enterprise");
  });

  it("fails with a one-line reason and a non-zero exit", async () => {
    const duplicate = await opsdash("org", "create", "--name", "Again", "--slug", "acme");
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.split("\n").at(-1)).toBe('opsdash: An organization with slug "acme" already exists.');

    const badPlan = await opsdash("org", "set-plan", "--org", "acme", "--plan", "gold");
    expect(badPlan.code).toBe(1);
    expect(badPlan.stderr).toContain("--plan must be one of free, pro, enterprise");

    expect(
      (await opsdash("org", "add-member", "--org", "acme", "--email", "ghost@acme.test", "--role", "member")).stderr,
    ).toContain("No user with email ghost@acme.test");
    expect((await opsdash("frobnicate")).code).toBe(2);
  });

  it("creates and lists leads and creates contacts", async () => {
    const lead = await opsdash(
      "lead",
      "create",
      "--org",
      "acme",
      "--name",
      "Jane Doe",
      "--email",
      "jane@example.com",
      "--company",
      "Acme Corp",
    );
    expect(lead.code).toBe(0);
    expect(lead.stdout).toMatch(/^Created lead [0-9a-f-]{36} \(Jane Doe <jane@example.com>\) in acme\.$/);
    const listed = JSON.parse((await opsdash("lead", "list", "--org", "acme", "--json")).stdout);
    expect(listed).toMatchObject([
      { name: "Jane Doe", email: "jane@example.com", company: "Acme Corp", status: "new", source: "cli" },
    ]);
    expect((await opsdash("lead", "list", "--org", "acme")).stdout).toContain(
      "new          Jane Doe <jane@example.com> · Acme Corp",
    );

    expect((await opsdash("contact", "create", "--org", "acme", "--name", "Jo", "--email", "jo@acme.test")).code).toBe(
      0,
    );
    const duplicate = await opsdash("contact", "create", "--org", "acme", "--name", "Jo 2", "--email", "JO@acme.test");
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
    const badEmail = await opsdash("lead", "create", "--org", "acme", "--name", "X", "--email", "nope");
    expect(badEmail).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("email: Must be a valid email address"),
    });
  });

  it("migrate and seed are idempotent", async () => {
    expect((await opsdash("migrate")).stdout).toMatch(/up to date/);
    expect((await opsdash("seed")).stdout).toBe("Seeded the demo organization.");
    expect((await opsdash("seed")).stdout).toBe("Demo organization already exists; nothing to do.");
  });
});

describe("opsdash CLI beside a running app", () => {
  it.skipIf(Boolean(process.env.DATABASE_URL))(
    "uses the app's embedded database instead of opening the data dir twice",
    async () => {
      const appDir = mkdtempSync(join(tmpdir(), "opsdash-cli-app-"));
      const env = loadEnv({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: appDir });
      const app = await startServer(env, pino({ level: "silent" }));
      try {
        const result = await opsdashWith(
          { DATA_DIR: appDir, DATABASE_URL: "" },
          "org",
          "create",
          "--name",
          "Shared",
          "--slug",
          "shared",
        );
        expect(result).toMatchObject({ code: 0, stderr: "" });
        // The app's own database has the row: both talked to the same server.
        const client = new pg.Client({ connectionString: app.databaseUrl });
        await client.connect();
        const { rows } = await client.query("SELECT name FROM organizations WHERE slug = 'shared'");
        await client.end();
        expect(rows).toEqual([{ name: "Shared" }]);
      } finally {
        await app.shutdown();
        rmSync(appDir, { recursive: true, force: true });
      }
    },
  );
});
