import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";

const root = join(import.meta.dirname, "..");
const artifacts = join(import.meta.dirname, "artifacts");

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built app as `npm start` does, on a fresh data dir and a free port. */
export async function startApp(): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "opsdash-e2e-"));
  const { BASE_URL: _vite, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [join(root, "apps/server/dist/main.js")], {
    cwd: root,
    env: { ...inherited, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = once(child, "exit");
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = output.match(/OpsDash is running at (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    void exited.then(() => reject(new Error(`app exited before listening:\n${output}`)));
  });
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers hooks that start the app and a browser for this test file and stop them after.
 * Screenshots go to e2e/artifacts.
 */
export function useAppAndBrowser(): { app: () => RunningApp; browser: () => Browser; artifacts: string } {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const must = <T>(value: T | undefined): T => {
    if (!value) throw new Error("the app and browser start in beforeAll");
    return value;
  };
  return { app: () => must(app), browser: () => must(browser), artifacts };
}
