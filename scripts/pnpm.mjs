// Runs pnpm, bootstrapping it with npx on a machine that has only Node and npm.
// Usable as a module (runPnpm) or directly: node scripts/pnpm.mjs <args>.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PNPM_VERSION = "12.24.0";

function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm", []];
  return ["npx", ["--yes", `pnpm@${PNPM_VERSION}`]];
}

/** Runs pnpm with inherited output; exits the process with pnpm's code on failure. */
export function runPnpm(args, { env = process.env, allowFailure = false } = {}) {
  const [command, prefix] = pnpmCommand();
  const result = spawnSync(command, [...prefix, ...args], {
    stdio: "inherit",
    env,
    shell: process.platform === "win32",
  });
  if (result.error) {
    console.error(`Could not run pnpm (${result.error.message}). Is npm on your PATH?`);
    process.exit(1);
  }
  if (result.status !== 0 && !allowFailure) process.exit(result.status ?? 1);
  return result.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(runPnpm(process.argv.slice(2), { allowFailure: true }));
}
