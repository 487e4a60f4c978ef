import { defineConfig } from "prisma/config";

// `prisma generate` reads no database; the URL only matters to online `prisma migrate` commands.
export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/opsdash" },
});
