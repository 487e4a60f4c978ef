import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository's `prisma/` folder, found from this file so every caller agrees on it. */
export const prismaDir = resolve(import.meta.dirname, "../../../../prisma");
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
