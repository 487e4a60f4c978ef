import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { type MigrationFile, readMigrations } from "./migrations-dir.ts";

// Applies Prisma-layout migrations without Prisma's native schema engine (it cannot be
// downloaded offline), keeping Prisma's own `_prisma_migrations` bookkeeping so that
// `prisma migrate status/deploy` agree on a connected machine. The advisory lock key is the one
// Prisma Migrate takes, so this runner and `prisma migrate deploy` never run at once.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const createBookkeeping = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface ApplyMigrationsOptions {
  url: string;
  migrations?: MigrationFile[];
  /** Called once per migration applied, for progress output. */
  onApplied?: (name: string) => void;
  /** Called when an applied migration's file changed since (Prisma warns about the same). */
  onChecksumMismatch?: (name: string) => void;
}

export interface ApplyMigrationsResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order, exactly once. Each runs in its own transaction holding
 * the advisory lock and re-checks the bookkeeping inside it, so concurrent callers (several
 * replicas booting, or the CLI beside the app) apply each migration once. On the embedded
 * database all connections share one session, where the open transaction is what serialises them.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const migrations = options.migrations ?? readMigrations();
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const applied: string[] = [];
    for (const migration of migrations) {
      const outcome = await applyOne(client, migration);
      if (outcome === "applied") {
        applied.push(migration.name);
        options.onApplied?.(migration.name);
      } else if (outcome === "changed") {
        options.onChecksumMismatch?.(migration.name);
      }
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<"applied" | "unchanged" | "changed"> {
  const checksum = createHash("sha256").update(migration.sql).digest("hex");
  // PostgreSQL DDL is transactional: a failing migration leaves neither schema nor bookkeeping.
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    await client.query(createBookkeeping);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL AND (finished_at IS NULL OR migration_name = $1)`,
      [migration.name],
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back. Fix the database, then run: prisma migrate resolve --rolled-back ${failed.migration_name}`,
      );
    }
    const existing = rows[0];
    if (existing) {
      await client.query("COMMIT");
      return existing.checksum === checksum ? "unchanged" : "changed";
    }
    try {
      await client.query(migration.sql);
    } catch (error) {
      throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), checksum, migration.name],
    );
    await client.query("COMMIT");
    return "applied";
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
