// Shared steps of the root commands, each announced so long operations show progress.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runPnpm } from "./pnpm.mjs";

export const root = join(import.meta.dirname, "..");
export const env = { TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", ...process.env };

export function step(index, total, message) {
  console.log(`\n[${index}/${total}] ${message}`);
}

export function install() {
  runPnpm(["install", "--frozen-lockfile", "--reporter=append-only"], { env });
}

/** Installs only when node_modules is missing (the CLI should not reinstall on every call). */
export function ensureInstalled() {
  if (!existsSync(join(root, "node_modules", ".modules.yaml"))) install();
}

/** Runs turbo tasks; `logs: "full"` streams every task's output (tests), else only failures. */
export function turbo(args, { logs = "errors-only" } = {}) {
  const output = logs === "full" ? ["--output-logs=new-only", "--log-prefix=task"] : ["--output-logs=errors-only", "--log-prefix=none"];
  runPnpm(["exec", "turbo", "run", ...args, ...output], { env });
}
