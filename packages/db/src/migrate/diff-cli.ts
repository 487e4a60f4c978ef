import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { diffSchema } from "./diff-schema.ts";
import { defaultMigrationsDir } from "./migrations-dir.ts";

// `npm run db:diff -- --name add_leads` writes the SQL that takes the migrations to
// schema.prisma as a new migration; `--check` exits 1 when they differ (drift).
const { values } = parseArgs({ options: { name: { type: "string" }, check: { type: "boolean" } } });

console.error("Comparing prisma/migrations with prisma/schema.prisma …");
const sql = await diffSchema();
if (values.check) {
  if (sql) {
    console.error("schema.prisma and the migrations disagree. Missing SQL:\n");
    console.log(sql);
    process.exit(1);
  }
  console.error("No drift: the migrations produce schema.prisma.");
  process.exit(0);
}
if (!sql) {
  console.error("Nothing to do: the migrations already produce schema.prisma.");
  process.exit(0);
}
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.log(sql);
  console.error("Printed the SQL only. Pass --name <snake_case_name> to write it as a migration.");
  process.exit(values.name ? 1 : 0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(defaultMigrationsDir, `${stamp}_${values.name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
console.error(
  `Wrote ${relative(process.cwd(), join(dir, "migration.sql"))}. Review it, then run: npm run opsdash -- migrate`,
);
