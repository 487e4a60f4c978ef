export { createDb, type Db, type DbHandle, type DbTx, pingDb } from "./client.ts";
export { type Connection, type ConnectOptions, connectDatabase } from "./connect.ts";
export { type EmbeddedPostgres, findRunningEmbedded, startEmbeddedPostgres } from "./embedded.ts";
export { Plan, Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/models.ts";
export { type ApplyMigrationsResult, applyMigrations } from "./migrate/apply-migrations.ts";
export { prismaDir } from "./migrate/migrations-dir.ts";
