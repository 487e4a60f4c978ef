import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository's `prisma/` folder, found upward from this module (source or bundled build). */
export const prismaDir = findUp(import.meta.dirname, "prisma/schema.prisma");

function findUp(from: string, marker: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, marker))) return dirname(join(dir, marker));
    if (dirname(dir) === dir) throw new Error(`Could not find ${marker} above ${from}`);
  }
}
export const defaultMigrationsDir = join(prismaDir, "migrations");
export const schemaPath = join(prismaDir, "schema.prisma");

export interface MigrationFile {
  /** Directory name, e.g. `20261204120000_init`; Prisma's `migration_name`. */
  name: string;
  sql: string;
}

/** Migrations in Prisma's layout (`<timestamp>_<name>/migration.sql`), in the order they apply. */
export function readMigrations(dir = defaultMigrationsDir): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}
