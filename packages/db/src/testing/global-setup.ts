import { randomUUID } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded.ts";
import { applyMigrations } from "../migrate/apply-migrations.ts";
import { databaseUrlFor } from "./test-database-url.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Server mode: name of a migrated template database. */
    testTemplateDatabase: string | null;
    /** Embedded mode: path of a migrated PGlite data dir tarball. */
    testTemplateTarball: string | null;
  }
}

/**
 * Migrates one template database per test run; every test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE on a server, a loaded tarball in embedded mode), so files run in
 * parallel without sharing rows, and migrations run once.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `opsdash_test_tpl_${randomUUID().slice(0, 8)}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    await applyMigrations({ url: databaseUrlFor(serverUrl, name) });
    project.provide("testTemplateDatabase", name);
    project.provide("testTemplateTarball", null);
    return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const embedded = await startEmbeddedPostgres();
  await applyMigrations({ url: embedded.url });
  const tarball = join(tmpdir(), `opsdash-test-${randomUUID()}.tar.gz`);
  const dump = await embedded.pglite.dumpDataDir("gzip");
  writeFileSync(tarball, Buffer.from(await dump.arrayBuffer()));
  await embedded.stop();
  project.provide("testTemplateDatabase", null);
  project.provide("testTemplateTarball", tarball);
  return async () => rmSync(tarball, { force: true });
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
