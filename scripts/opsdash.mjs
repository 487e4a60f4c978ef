// npm run opsdash -- <command>: the operator CLI, run from source so it always matches the code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runPnpm } from "./pnpm.mjs";
import { ensureInstalled, env, root } from "./steps.mjs";

ensureInstalled();
if (!existsSync(join(root, "packages/db/src/generated/prisma/client.ts"))) {
  runPnpm(["--filter", "@opsdash/db", "--silent", "generate"], { env });
}
const result = spawnSync(
  join(root, "node_modules/.bin/tsx"),
  [join(root, "apps/server/src/cli.ts"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env,
  },
);
process.exit(result.status ?? 1);
