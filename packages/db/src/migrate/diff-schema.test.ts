import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffSchema } from "./diff-schema.ts";
import { schemaPath } from "./migrations-dir.ts";

describe("schema drift", () => {
  it("the committed migrations produce exactly schema.prisma", async () => {
    // When this fails: run `npm run db:diff -- --name <change>` and commit the migration.
    expect(await diffSchema()).toBe("");
  });

  it("detects a schema change that has no migration yet", async () => {
    const schema = readFileSync(schemaPath, "utf8").replace(
      "model Verification {",
      'model Drifted {\n  id Int @id\n  @@map("drifted")\n}\n\nmodel Verification {',
    );
    const sql = await diffSchema({ schema });
    expect(sql).toContain('CREATE TABLE "drifted"');
  });
});
