import { testAuth } from "@opsdash/core/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import pino from "pino";
import { afterAll, beforeAll } from "vitest";
import { type ApiDeps, createContext } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

/**
 * Gives a test file its own migrated database and real auth, and calls the real router as
 * whoever holds the given session headers.
 */
export function useApiTestKit() {
  let database: TestDatabase | undefined;
  let deps: ApiDeps | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    deps = {
      db: database.db,
      auth: testAuth(database.db),
      log: pino({ level: "silent" }),
      baseUrl: "http://localhost:3000",
    };
  });
  afterAll(() => database?.close());

  const ready = () => {
    if (!deps || !database) throw new Error("useApiTestKit: use it inside tests, after beforeAll ran");
    return { deps, database };
  };
  return {
    get deps() {
      return ready().deps;
    },
    get db() {
      return ready().database.db;
    },
    /** The context a request with these headers would get. */
    contextFor: (headers: Headers) => createContext(ready().deps, Object.fromEntries(headers.entries())),
    callerFor: async (headers: Headers) =>
      createCallerFactory(appRouter)(await createContext(ready().deps, Object.fromEntries(headers.entries()))),
  };
}
