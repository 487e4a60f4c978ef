// Runs `prisma generate` online or offline. Generate never uses the schema engine, but Prisma
// insists on locating (or downloading) it; offline, a stub executable satisfies that check.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = join(tmpdir(), "opsdash-prisma");
  const stub = join(dir, "schema-engine-stub");
  if (!existsSync(stub)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(stub, "#!/bin/sh\necho 'schema engine is not available offline' >&2\nexit 1\n");
    chmodSync(stub, 0o755);
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const prisma = join(import.meta.dirname, "../node_modules/.bin/prisma");
const result = spawnSync(prisma, ["generate"], { stdio: "inherit", env });
if (result.error) {
  console.error(
    `prisma generate could not start: ${result.error.message}. Run the install first (npm test or npm start does it).`,
  );
  process.exit(1);
}
process.exit(result.status ?? 1);
