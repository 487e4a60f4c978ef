import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv, publicOrigins } from "./env.ts";

const secret = { BETTER_AUTH_SECRET: "s".repeat(32) };

describe("loadEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = loadEnv({ BETTER_AUTH_SECRET: "s".repeat(32) });
    expect(env).toMatchObject({ PORT: 3000, LOG_LEVEL: "info", LOG_FORMAT: "json" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(publicOrigins(env, 3000)).toEqual({
      baseUrl: "http://localhost:3000",
      trustedOrigins: ["http://127.0.0.1:3000"],
    });
    expect(publicOrigins(loadEnv({ ...secret, BASE_URL: "https://crm.example.com/" }), 3000).baseUrl).toBe(
      "https://crm.example.com",
    );
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL: must be a postgresql:// URL"],
    [{ BETTER_AUTH_SECRET: "short" }, "BETTER_AUTH_SECRET: must be at least 32 characters"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ BASE_URL: "not a url" }, "BASE_URL"],
  ])("names the bad variable in %o", (vars, expected) => {
    expect(() => loadEnv({ BETTER_AUTH_SECRET: "s".repeat(32), ...vars })).toThrow(expected);
  });

  it("stops the server at boot with the reason and a non-zero exit", () => {
    const tsx = join(import.meta.dirname, "../node_modules/.bin/tsx");
    const result = spawnSync(tsx, [join(import.meta.dirname, "main.ts")], {
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid environment");
    expect(result.stderr).toContain("PORT");
  });
});
