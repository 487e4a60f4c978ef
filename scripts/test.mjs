// npm test: install, generate, then every package's tests (embedded database unless
// DATABASE_URL points at a PostgreSQL server).
import { env, install, step, turbo } from "./steps.mjs";

const where = env.DATABASE_URL ? `the PostgreSQL server in DATABASE_URL` : "embedded PostgreSQL (PGlite)";
step(1, 2, "Installing dependencies…");
install();
step(2, 2, `Running typecheck, lint and tests against ${where}…`);
turbo(["typecheck", "lint", "test", "--concurrency=2"], { logs: "full" });
console.log("\nAll checks passed.");
