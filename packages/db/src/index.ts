export { createDb, pingDb, type Db, type DbHandle, type DbTx } from "./client.ts";
export { connectDatabase, type Connection, type ConnectOptions } from "./connect.ts";
export { findRunningEmbedded, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
export { applyMigrations, type ApplyMigrationsResult } from "./migrate/apply-migrations.ts";
export { Prisma, Plan } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/models.ts";
export { prismaDir } from "./migrate/migrations-dir.ts";
