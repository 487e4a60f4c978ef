// Listing leads in a large org: keyset (cursor) paging against OFFSET paging as the baseline,
// on the first page and deep in the list, plus a case-insensitive search. One run, both sides.
//   npm run bench:leads          (BENCH_LEADS=20000; DATABASE_URL set → that server, else embedded)
import { listLeads } from "../packages/core/src/crm/leads/list-leads.ts";
import { createOrganization } from "../packages/core/src/orgs/create-organization.ts";
import { applyMigrations, createDb, startEmbeddedPostgres } from "../packages/db/src/index.ts";
import { adminQuery } from "../packages/db/src/testing/global-setup.ts";
import { databaseUrlFor } from "../packages/db/src/testing/test-database-url.ts";

const total = Number(process.env.BENCH_LEADS ?? 20_000);
const rounds = 30;
const serverUrl = process.env.DATABASE_URL;

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  await fn(); // warm
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(rounds / 2)] ?? 0, p95: samples[Math.floor(rounds * 0.95)] ?? 0 };
}

const dbName = `opsdash_bench_${Date.now()}`;
let url: string;
let stopEmbedded: (() => Promise<void>) | undefined;
if (serverUrl) {
  await adminQuery(serverUrl, `CREATE DATABASE ${dbName}`);
  url = databaseUrlFor(serverUrl, dbName);
} else {
  const embedded = await startEmbeddedPostgres();
  url = embedded.url;
  stopEmbedded = embedded.stop;
}
await applyMigrations({ url });
const { db, close } = createDb({ url, poolMax: serverUrl ? 5 : 1 });
try {
  const org = await createOrganization({ db }, { name: "Bench", slug: "bench" });
  process.stderr.write(`inserting ${total} leads…\n`);
  const started = Date.now();
  for (let i = 0; i < total; i += 1000) {
    await db.lead.createMany({
      data: Array.from({ length: Math.min(1000, total - i) }, (_, k) => {
        const n = i + k;
        return {
          organizationId: org.id,
          name: `Person ${n}`,
          email: `person${n}@company${n % 500}.example`,
          company: `Company ${n % 500}`,
          createdAt: new Date(started - n * 1000),
        };
      }),
    });
  }
  await db.$executeRawUnsafe("ANALYZE leads");
  const limit = 25;
  const deepOffset = total - 2 * limit;
  // The cursor of the row just before the deep page, as a client paging forward would hold it.
  const anchor = await db.lead.findMany({
    where: { organizationId: org.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: deepOffset - 1,
    take: 1,
    select: { id: true, createdAt: true },
  });
  const deepCursor = Buffer.from(JSON.stringify([anchor[0]?.createdAt.toISOString(), anchor[0]?.id])).toString("base64url");
  const offsetPage = (skip: number) =>
    db.lead.findMany({ where: { organizationId: org.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take: limit });

  process.stderr.write(`measuring ${rounds} rounds each…\n`);
  const rows = [
    ["first page", await time(() => listLeads({ db }, org.id, { limit })), await time(() => offsetPage(0))],
    [`page at row ${deepOffset}`, await time(() => listLeads({ db }, org.id, { limit, cursor: deepCursor })), await time(() => offsetPage(deepOffset))],
  ] as const;
  const search = await time(() => listLeads({ db }, org.id, { q: "company42", limit }));

  console.log(`\n${total} leads in one org, ${serverUrl ? "PostgreSQL server" : "embedded PGlite"}, page size ${limit}, ${rounds} rounds\n`);
  console.log("| query | keyset cursor p50 / p95 ms | OFFSET (baseline) p50 / p95 ms |");
  console.log("| --- | --- | --- |");
  for (const [name, keyset, offset] of rows) {
    console.log(`| ${name} | ${keyset.p50.toFixed(2)} / ${keyset.p95.toFixed(2)} | ${offset.p50.toFixed(2)} / ${offset.p95.toFixed(2)} |`);
  }
  console.log(`| search "company42" (ILIKE, first page) | ${search.p50.toFixed(2)} / ${search.p95.toFixed(2)} | – |`);
} finally {
  await close();
  await stopEmbedded?.();
  if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
