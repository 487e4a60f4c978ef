// Request latency and throughput of the running server on the embedded database (PGlite) and
// on the PostgreSQL server (the baseline), side by side in one run.
//   npm run bench                     (DATABASE_URL defaults to the local server on 5432)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnv } from "../apps/server/src/env.ts";
import { createLogger } from "../apps/server/src/logger.ts";
import { startServer } from "../apps/server/src/start-server.ts";
import { adminQuery } from "../packages/db/src/testing/global-setup.ts";
import { databaseUrlFor } from "../packages/db/src/testing/test-database-url.ts";

const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

async function measure(url: string, headers: Record<string, string>): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, perSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function run(label: string, databaseUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), "opsdash-bench-"));
  process.stderr.write(`${label}: starting server…\n`);
  const env = loadEnv({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
  const server = await startServer(env, createLogger("silent"));
  try {
    const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: "owner@demo.opsdash.dev", password: "opsdash-demo" }),
    });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const me = await (await fetch(`${server.url}/trpc/me.get`, { headers: { cookie } })).json();
    await fetch(`${server.url}/api/auth/organization/set-active`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url, cookie },
      body: JSON.stringify({ organizationId: me.result.data.memberships[0].orgId }),
    });
    process.stderr.write(`${label}: measuring ${seconds}s × 2 endpoints at concurrency ${concurrency}…\n`);
    return {
      health: await measure(`${server.url}/health`, {}),
      orgCurrent: await measure(`${server.url}/trpc/org.current`, { cookie }),
    };
  } finally {
    await server.shutdown();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// A fresh database on the server keeps the baseline free of earlier rows.
const dbName = `opsdash_bench_${Date.now()}`;
await adminQuery(serverUrl, `CREATE DATABASE ${dbName}`);
try {
  const baseline = await run("PostgreSQL server", databaseUrlFor(serverUrl, dbName));
  const embedded = await run("embedded PGlite", "");
  const row = (name: string, a: Figures, b: Figures) =>
    `| ${name} | ${a.perSecond.toFixed(0)} | ${b.perSecond.toFixed(0)} | ${a.p50.toFixed(2)} / ${a.p95.toFixed(2)} / ${a.p99.toFixed(2)} | ${b.p50.toFixed(2)} / ${b.p95.toFixed(2)} / ${b.p99.toFixed(2)} |`;
  console.log(`\nconcurrency ${concurrency}, ${seconds}s per endpoint, Node ${process.version}\n`);
  console.log("| endpoint | req/s server (baseline) | req/s embedded | ms p50/p95/p99 server | ms p50/p95/p99 embedded |");
  console.log("| --- | --- | --- | --- | --- |");
  console.log(row("GET /health (SELECT 1)", baseline.health, embedded.health));
  console.log(row("GET /trpc/org.current (session + membership)", baseline.orgCurrent, embedded.orgCurrent));
} finally {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
