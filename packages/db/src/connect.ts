import { createDb, type DbHandle } from "./client.ts";
import { findRunningEmbedded, startEmbeddedPostgres } from "./embedded.ts";

export interface ConnectOptions {
  /** A PostgreSQL server; when unset the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  /** Port for a newly started embedded database; 0 picks a free one. */
  embeddedPort?: number;
}

export interface Connection extends DbHandle {
  url: string;
  /** `server`, `embedded` (this process owns it) or `embedded-shared` (another process does). */
  mode: "server" | "embedded" | "embedded-shared";
}

/**
 * Connects to the database the app uses: the server in DATABASE_URL, else the embedded one —
 * the running app's when it is up (one data dir, one owner), or one this process starts.
 */
export async function connectDatabase(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) {
    return { ...createDb({ url: options.databaseUrl, poolMax: 10 }), url: options.databaseUrl, mode: "server" };
  }
  const running = findRunningEmbedded(options.dataDir);
  if (running) return { ...createDb({ url: running, poolMax: 1 }), url: running, mode: "embedded-shared" };

  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort ?? 0 });
  const handle = createDb({ url: embedded.url, poolMax: 1 });
  return {
    db: handle.db,
    url: embedded.url,
    mode: "embedded",
    async close() {
      await handle.close();
      await embedded.stop();
    },
  };
}
