import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type MigrationFile, readMigrations, schemaPath } from "./migrations-dir.ts";

// Prisma's schema engine compiled to WebAssembly, driven over an in-memory PGlite, computes the
// SQL between the migrations and schema.prisma without the native engine (which needs a
// download). This is an internal Prisma API; versions are pinned and diff-schema.test.ts guards it.
type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type Engine = Awaited<ReturnType<Glue["SchemaEngine"]["new"]>>;
// Node's WebAssembly global; the DOM lib that types it is not loaded for server code.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }> };
};

let gluePromise: Promise<Glue> | undefined;

/** The wasm module keeps global state in its glue code, so it is instantiated once per process. */
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await wasm.instantiate(await readFile(wasmPath), { "./schema_engine_bg.js": glue });
    const exports = instance.exports as { __wbindgen_start: () => void };
    glue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return glue;
  })();
  return gluePromise;
}

async function startEngine(schema: string): Promise<{ engine: Engine; close: () => Promise<void> }> {
  const glue = await loadGlue();
  const pglite = new PGlite();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite) as never);
  const engine = await glue.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
  return { engine, close: () => pglite.close() };
}

export interface DiffSchemaOptions {
  /** Applied migrations to start from; none means an empty database. */
  migrations?: MigrationFile[];
  /** schema.prisma text to reach; defaults to the repository's schema. */
  schema?: string;
}

/** SQL that takes a database from the migrations to schema.prisma. Empty when they agree. */
export async function diffSchema(options: DiffSchemaOptions = {}): Promise<string> {
  const schema = options.schema ?? (await readFile(schemaPath, "utf8"));
  const migrations = options.migrations ?? readMigrations();
  const { engine, close } = await startEngine(schema);
  try {
    const from =
      migrations.length === 0
        ? { tag: "empty" as const }
        : {
            tag: "migrations" as const,
            baseDir: ".",
            lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
            migrationDirectories: migrations.map((m) => ({
              path: m.name,
              migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
            })),
            shadowDbInitScript: "",
          };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return normalizeDiff(result.stdout ?? "");
  } finally {
    engine.free();
    await close();
  }
}

/** The engine answers "-- This is an empty migration." when nothing differs. */
function normalizeDiff(sql: string): string {
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql.trim() + "\n";
}
