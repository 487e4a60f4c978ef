import { demo } from "@opsdash/core/seed/seed-demo";
import { EnvError, loadDotEnv, loadEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./start-server.ts";

let env: ReturnType<typeof loadEnv>;
try {
  loadDotEnv();
  env = loadEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const log = createLogger(env.LOG_LEVEL, env.LOG_FORMAT);

try {
  const server = await startServer(env, log);
  log.info({ url: server.url }, "listening");
  printWelcome(server.url, server.databaseMode, server.databaseUrl);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    try {
      await server.shutdown();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
} catch (error) {
  log.fatal({ err: error }, "could not start");
  console.error(`\nOpsDash could not start: ${(error as Error).message}`);
  process.exit(1);
}

function printWelcome(url: string, dbMode: string, dbUrl: string) {
  const database = dbMode === "server" ? "PostgreSQL from DATABASE_URL" : `embedded PostgreSQL (${dbUrl})`;
  console.log(`
  OpsDash is running at ${url}
  Database: ${database}

  Sign in as the demo owner:  ${demo.ownerEmail} / ${demo.ownerPassword}
  Or create your own account at ${url}/sign-up

  Try next:
    open ${url}/crm/leads and convert a lead into a contact and a deal
    npm run opsdash -- lead create --org demo --name "Jane Doe" --email jane@example.com
    npm run opsdash -- org set-plan --org demo --plan enterprise   # unlock every integration
    curl ${url}/health
`);
}
