import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "@opsdash/api/context";
import { appRouter } from "@opsdash/api/root";
import type { Auth } from "@opsdash/core/auth/create-auth";
import { type Db, pingDb } from "@opsdash/db";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import { toNodeHandler } from "better-auth/node";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { apiNotFound, errorResponder } from "./http/error-response.ts";

export interface AppDeps {
  db: Db;
  auth: Auth;
  log: Logger;
  baseUrl: string;
  /** The built dashboard (apps/web/dist); not served when absent (dev uses Vite). */
  webDir?: string;
}

/** Builds the HTTP app from its dependencies; main.ts wires real ones, tests their own. */
export function createApp({ db, auth, log, baseUrl, webDir }: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/health" },
      // Query strings carry tRPC inputs (search terms, emails): log the path only.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split("?")[0],
        }),
      },
    }),
  );

  app.get("/health", async (_req, res) => {
    const up = await pingDb(db);
    res
      .status(up ? 200 : 503)
      .json(up ? { status: "ok" } : { status: "unavailable", reason: "database not answering" });
  });

  // better-auth reads the raw body itself, so it is mounted before the JSON parser.
  app.all("/api/auth/{*splat}", toNodeHandler(auth));

  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req }) => createContext({ db, auth, log, baseUrl }, req.headers),
      onError: ({ error, path, req }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          (req as express.Request).log.error({ err: error.cause ?? error, path }, "trpc error");
      },
    }),
  );

  const api = express.Router();
  api.use(express.json({ limit: "1mb" }));
  api.use(apiNotFound);
  app.use("/api", api);

  if (webDir && existsSync(join(webDir, "index.html"))) {
    app.use(express.static(webDir, { index: false, maxAge: "1h" }));
    // Client-side routes all render the SPA shell.
    app.get("/{*splat}", (_req, res) => res.sendFile(join(webDir, "index.html")));
  }
  app.use(errorResponder);
  return app;
}
