import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmptyTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "./env.ts";
import { startServer } from "./start-server.ts";

// Boots the whole server as `npm start` does: on a fresh embedded data dir, or on a fresh
// database of the PostgreSQL server when DATABASE_URL is set.
let dataDir: string;
let serverDatabase: TestDatabase | undefined;
const log = pino({ level: "silent" });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "opsdash-start-"));
  if (process.env.DATABASE_URL) serverDatabase = await createEmptyTestDatabase();
});
afterAll(async () => {
  await serverDatabase?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const envFor = () =>
  loadEnv({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: serverDatabase?.url ?? "",
    SHUTDOWN_TIMEOUT_MS: "5000",
  });

describe("startServer", () => {
  it("migrates, seeds once, serves, and keeps data across restarts", async () => {
    const first = await startServer(envFor(), log);
    expect(first.seededDemo).toBe(true);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    await first.shutdown();

    const second = await startServer(envFor(), log);
    expect(second.seededDemo).toBe(false);
    const signIn = await fetch(`${second.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: second.url },
      body: JSON.stringify({ email: "owner@demo.opsdash.dev", password: "opsdash-demo" }),
    });
    expect(signIn.status).toBe(200);
    await second.shutdown();
  });

  it("on shutdown finishes the in-flight request, refuses new ones, and releases the database", async () => {
    const server = await startServer(envFor(), log);
    // Sign-up hashes a password and writes rows: a real request that takes a moment.
    const inFlight = fetch(`${server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: `late-${Date.now()}@example.test`, password: "a-long-password", name: "Late" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stopping = server.shutdown();
    const response = await inFlight;
    expect(response.status).toBe(200);
    await stopping;

    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    if (!process.env.DATABASE_URL) {
      // The embedded database stopped cleanly: its owner record is gone and it can be reopened.
      expect(existsSync(join(dataDir, "owner.json"))).toBe(false);
      const again = await startServer(envFor(), log);
      await again.shutdown();
    }
  });
});
