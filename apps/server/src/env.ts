import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { prismaDir } from "@opsdash/db";
import { z } from "zod";

/** The repository root: `.data/` and the web build are found from here wherever the cwd is. */
export const repoRoot = join(prismaDir, "..");

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (or unset for the embedded database)")
      .optional(),
  ),
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  BETTER_AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export interface Env extends Omit<z.infer<typeof envSchema>, "BETTER_AUTH_SECRET"> {
  BETTER_AUTH_SECRET: string;
  /** Absolute DATA_DIR. */
  dataDir: string;
}

export class EnvError extends Error {}

/** Reads `.env` at the repository root, if any; variables already set win. */
export function loadDotEnv(): void {
  const file = join(repoRoot, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Validates the environment; the error names each bad variable and what it needs. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const dataDir = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : join(repoRoot, env.DATA_DIR);
  return {
    ...env,
    dataDir,
    BASE_URL: env.BASE_URL?.replace(/\/$/, ""),
    BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET ?? localSecret(dataDir),
  };
}

/** Without BETTER_AUTH_SECRET a random secret is kept in the data dir, so sessions survive restarts. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The public origin: BASE_URL when set, else this machine on the port actually bound (PORT=0
 * binds a free one). Unset, both localhost and 127.0.0.1 are accepted as browser origins.
 */
export function publicOrigins(env: Env, port: number): { baseUrl: string; trustedOrigins: string[] } {
  if (env.BASE_URL) return { baseUrl: env.BASE_URL, trustedOrigins: [] };
  return { baseUrl: `http://localhost:${port}`, trustedOrigins: [`http://127.0.0.1:${port}`] };
}
