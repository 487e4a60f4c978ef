// npm start: install, generate, build, then serve (the server migrates and seeds on boot).
import { spawn } from "node:child_process";
import { env, install, root, step, turbo } from "./steps.mjs";

step(1, 3, "Installing dependencies (first run downloads packages; later runs take seconds)…");
install();
step(2, 3, "Generating the Prisma client and building the dashboard and server…");
turbo(["build", "--filter=@opsdash/server...", "--filter=@opsdash/web"]);
step(3, 3, "Starting OpsDash (migrates the database and seeds the demo organisation on first run)…");
const server = spawn(process.execPath, ["--enable-source-maps", "apps/server/dist/main.js"], {
  cwd: root,
  stdio: "inherit",
  env: { LOG_FORMAT: "pretty", ...env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
