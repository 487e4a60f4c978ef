import { afterEach, describe, expect, it } from "vitest";
import { createEmptyTestDatabase, type TestDatabase } from "../testing/index.ts";
import { applyMigrations } from "./apply-migrations.ts";
import { readMigrations } from "./migrations-dir.ts";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

describe("applyMigrations", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    database = await createEmptyTestDatabase();
    const all = readMigrations();
    const first = await applyMigrations({ url: database.url });
    expect(first.applied).toEqual(all.map((m) => m.name));

    const second = await applyMigrations({ url: database.url });
    expect(second).toEqual({ applied: [], alreadyApplied: all.length });

    const rows = await database.db.$queryRaw<
      { migration_name: string; finished_at: Date | null; applied_steps_count: number }[]
    >`
      SELECT migration_name, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(all.map((m) => m.name));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it("applies each migration exactly once when callers run concurrently", async () => {
    database = await createEmptyTestDatabase();
    const results = await Promise.all([1, 2, 3].map(() => applyMigrations({ url: database!.url })));
    // Callers may share the work (one applies the first migration, another the second), but
    // between them every migration is applied once.
    const applied = results.flatMap((r) => r.applied).sort();
    expect(applied).toEqual(readMigrations().map((m) => m.name));
    const rows = await database.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`;
    expect(Number(rows[0]?.n)).toBe(readMigrations().length);
  });

  it("rolls a failing migration back entirely and names it", async () => {
    database = await createEmptyTestDatabase();
    const broken = [
      { name: "20000101000000_ok", sql: "CREATE TABLE kept (id int);" },
      { name: "20000101000001_broken", sql: "CREATE TABLE half (id int);\nSELECT no_such_function();" },
    ];
    await expect(applyMigrations({ url: database.url, migrations: broken })).rejects.toThrow(
      /20000101000001_broken failed/,
    );
    const tables = await database.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_name IN ('kept', 'half')`;
    expect(tables.map((t) => t.table_name)).toEqual(["kept"]);
    const names = await database.db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM "_prisma_migrations"`;
    expect(names.map((n) => n.migration_name)).toEqual(["20000101000000_ok"]);
  });

  it("reports an applied migration whose file changed since", async () => {
    database = await createEmptyTestDatabase();
    const original = [{ name: "20000101000000_a", sql: "CREATE TABLE a (id int);" }];
    await applyMigrations({ url: database.url, migrations: original });
    const changed: string[] = [];
    await applyMigrations({
      url: database.url,
      migrations: [{ name: "20000101000000_a", sql: "CREATE TABLE a (id bigint);" }],
      onChecksumMismatch: (name) => changed.push(name),
    });
    expect(changed).toEqual(["20000101000000_a"]);
  });
});
