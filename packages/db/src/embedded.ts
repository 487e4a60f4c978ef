import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The embedded database is PGlite (PostgreSQL compiled to WebAssembly) served over a local TCP
// socket, so the app, the CLI and psql reach it exactly as they reach a real server.
// A data dir has one owner process; `owner.json` beside it tells others where to connect.

export interface EmbeddedPostgres {
  url: string;
  pglite: PGlite;
  stop(): Promise<void>;
}

interface OwnerRecord {
  pid: number;
  port: number;
}

const ownerFile = (dataDir: string) => join(dataDir, "owner.json");
export const embeddedUrl = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The URL of the process that owns `dataDir`, if one is running. */
export function findRunningEmbedded(dataDir: string): string | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), "utf8")) as OwnerRecord;
    return owner.port > 0 && isAlive(owner.pid) ? embeddedUrl(owner.port) : null;
  } catch {
    return null;
  }
}

/** Claims the data dir atomically; a record left by a dead process is taken over. */
function claimDataDir(dataDir: string): number {
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return openSync(ownerFile(dataDir), "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let owner: OwnerRecord | null = null;
      try {
        owner = JSON.parse(readFileSync(ownerFile(dataDir), "utf8")) as OwnerRecord;
      } catch {}
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${owner.pid}. Stop it first, or connect to it.`,
        );
      }
      rmSync(ownerFile(dataDir), { force: true });
    }
  }
  throw new Error(`Could not claim the embedded database in ${dataDir}.`);
}

export interface StartEmbeddedOptions {
  /** Where data persists; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Data dir tarball to start from (a migrated template, in tests). */
  loadDataDir?: Blob;
  /** 0 picks a free port. */
  port?: number;
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const { dataDir, loadDataDir, port = 0 } = options;
  const lock = dataDir ? claimDataDir(dataDir) : null;
  try {
    const pglite = new PGlite({ dataDir: dataDir ? join(dataDir, "pgdata") : undefined, loadDataDir });
    await pglite.waitReady;
    // Several pools (the app, a CLI run, psql) may connect; PGlite serialises their queries.
    const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections: 64 });
    await server.start();
    const boundPort = Number(server.getServerConn().split(":").pop());
    if (lock !== null) {
      writeSync(lock, JSON.stringify({ pid: process.pid, port: boundPort } satisfies OwnerRecord));
      closeSync(lock);
    }
    return {
      url: embeddedUrl(boundPort),
      pglite,
      async stop() {
        await server.stop();
        await pglite.close();
        if (dataDir) rmSync(ownerFile(dataDir), { force: true });
      },
    };
  } catch (error) {
    if (lock !== null && dataDir) {
      closeSync(lock);
      rmSync(ownerFile(dataDir), { force: true });
    }
    throw error;
  }
}
