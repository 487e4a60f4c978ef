// npm run dev: the API server restarts on change (tsx watch) and the dashboard hot-reloads
// (Vite). Open the same URL as npm start; Vite proxies API calls to the server.
import { env, install, step, turbo } from "./steps.mjs";

const port = Number(env.PORT ?? 3000);
step(1, 2, "Installing dependencies…");
install();
step(2, 2, `Starting the dev servers: open http://localhost:${port}`);
Object.assign(env, {
  PORT: String(port),
  API_PORT: String(port + 1),
  BASE_URL: env.BASE_URL ?? `http://localhost:${port}`,
  LOG_FORMAT: env.LOG_FORMAT ?? "pretty",
});
turbo(["dev", "--filter=@opsdash/server", "--filter=@opsdash/web", "--ui=stream"], { logs: "full" });
