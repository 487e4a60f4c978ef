import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { createAuth } from "@opsdash/core/auth/create-auth";
import { seedDemo } from "@opsdash/core/seed/seed-demo";
import { applyMigrations, connectDatabase } from "@opsdash/db";
import type { Logger } from "pino";
import { createApp } from "./app.ts";
import { type Env, publicOrigins, repoRoot } from "./env.ts";

export interface RunningServer {
  url: string;
  databaseMode: string;
  databaseUrl: string;
  seededDemo: boolean;
  /** Stops accepting, lets in-flight requests finish, closes the pool, stops the embedded database. */
  shutdown(): Promise<void>;
}

/** Connects, migrates, seeds once, and serves the dashboard and API on one port. */
export async function startServer(env: Env, log: Logger): Promise<RunningServer> {
  const connection = await connectDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.dataDir,
    embeddedPort: env.EMBEDDED_DB_PORT,
  });
  let server: Server | undefined;
  try {
    log.info({ mode: connection.mode }, "database connected; applying migrations");
    const migrations = await applyMigrations({
      url: connection.url,
      onApplied: (name) => log.info({ migration: name }, "migration applied"),
      onChecksumMismatch: (name) => log.warn({ migration: name }, "applied migration was edited since; not re-applied"),
    });
    // Bind first: with PORT=0 the public origin depends on the port we get.
    const listening = createServer();
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(env.PORT, env.HOST, resolve);
    });
    const address = listening.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    const { baseUrl, trustedOrigins } = publicOrigins(env, port);

    const auth = createAuth({ db: connection.db, secret: env.BETTER_AUTH_SECRET, baseUrl, trustedOrigins });
    const seed = await seedDemo({ db: connection.db, auth });
    log.info({ applied: migrations.applied.length, seededDemo: seed.created }, "database ready");
    const app = createApp({ db: connection.db, auth, log, baseUrl, webDir: join(repoRoot, "apps/web/dist") });
    listening.on("request", app);
    return {
      url: `http://localhost:${port}`,
      databaseMode: connection.mode,
      databaseUrl: connection.url,
      seededDemo: seed.created,
      async shutdown() {
        await closeServer(listening, env.SHUTDOWN_TIMEOUT_MS, log);
        await connection.close();
      },
    };
  } catch (error) {
    if (server?.listening) server.close();
    await connection.close();
    throw error;
  }
}

async function closeServer(server: Server, timeoutMs: number, log: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive sockets with no request in flight would hold close() open.
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    log.warn({ timeoutMs }, "in-flight requests did not finish in time; closing their connections");
    server.closeAllConnections();
  }, timeoutMs);
  await closed;
  clearTimeout(timer);
}
