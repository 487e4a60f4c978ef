import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { createDb, type DbHandle } from "../client.ts";
import { startEmbeddedPostgres } from "../embedded.ts";
import { adminQuery } from "./global-setup.ts";
import { databaseUrlFor } from "./test-database-url.ts";

export interface TestDatabase extends DbHandle {
  url: string;
  mode: "server" | "embedded";
}

/**
 * A migrated database of this test file's own: a copy of the run's template on the server in
 * DATABASE_URL, or an embedded PGlite loaded from the template tarball. `close()` drops it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const template = inject("testTemplateDatabase");
  if (serverUrl && template) return createServerDatabase(serverUrl, template);
  return createEmbeddedDatabase(readFileSync(inject("testTemplateTarball") as string));
}

/** An empty, unmigrated database (migration tests). */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? createServerDatabase(serverUrl) : createEmbeddedDatabase();
}

async function createServerDatabase(serverUrl: string, template?: string): Promise<TestDatabase> {
  const name = `opsdash_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  const url = databaseUrlFor(serverUrl, name);
  const handle = createDb({ url, poolMax: 5 });
  return {
    ...handle,
    url,
    mode: "server",
    async close() {
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function createEmbeddedDatabase(tarball?: Buffer): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres({ loadDataDir: tarball ? new Blob([tarball]) : undefined });
  const handle = createDb({ url: embedded.url, poolMax: 1 });
  return {
    ...handle,
    url: embedded.url,
    mode: "embedded",
    async close() {
      await handle.close();
      await embedded.stop();
    },
  };
}
