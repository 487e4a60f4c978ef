import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;
/** A client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface CreateDbOptions {
  url: string;
  /**
   * Pool size. The embedded database serves every connection from one backend session, so it
   * runs with 1: a query on a second connection would wait behind an open transaction.
   */
  poolMax: number;
}

export interface DbHandle {
  db: Db;
  /** Ends the pool; in-flight queries finish first. */
  close(): Promise<void>;
}

export function createDb({ url, poolMax }: CreateDbOptions): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server (restart, embedded stop) must not crash the process.
  pool.on("error", () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    async close() {
      await db.$disconnect();
      if (!pool.ended) await pool.end();
    },
  };
}

/** True when the database answers a trivial query. */
export async function pingDb(db: Db): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
