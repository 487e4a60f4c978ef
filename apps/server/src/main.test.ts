import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmptyTestDatabase } from "@opsdash/db/testing";
import { describe, expect, it } from "vitest";

describe("server process", () => {
  it("stops cleanly on SIGTERM with exit code 0", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "opsdash-main-"));
    const database = process.env.DATABASE_URL ? await createEmptyTestDatabase() : undefined;
    const { BASE_URL: _vite, ...inherited } = process.env;
    const child = spawn(join(import.meta.dirname, "../node_modules/.bin/tsx"), [join(import.meta.dirname, "main.ts")], {
      env: { ...inherited, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: database?.url ?? "" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    try {
      while (!output.includes('"msg":"listening"')) await once(child.stdout, "data");
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output).toContain("stopped cleanly");
    } finally {
      child.kill("SIGKILL");
      await database?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
