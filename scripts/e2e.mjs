// npm run test:e2e: builds the app as npm start does, then drives it in headless Chromium.
import { existsSync } from "node:fs";
import { env, install, step, turbo } from "./steps.mjs";
import { runPnpm } from "./pnpm.mjs";

const chromium = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
step(1, 3, "Installing dependencies…");
install();
step(2, 3, "Building the dashboard and server…");
turbo(["build", "--filter=@opsdash/server...", "--filter=@opsdash/web"]);
step(3, 3, "Running browser tests…");
runPnpm(["--filter", "@opsdash/e2e", "test:e2e"], { env });
