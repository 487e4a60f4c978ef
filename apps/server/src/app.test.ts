import { Writable } from "node:stream";
import type { Context } from "@opsdash/api/context";
import { publicProcedure, router } from "@opsdash/api/trpc";
import { makeOrg, testAuth } from "@opsdash/core/testing/fixtures";
import { createDb } from "@opsdash/db";
import { createTestDatabase, type TestDatabase } from "@opsdash/db/testing";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express from "express";
import pino from "pino";
import { pinoHttp } from "pino-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { errorResponder } from "./http/error-response.ts";
import { requireFeature } from "./http/require-feature.ts";
import { redactPaths } from "./logger.ts";
import { listen, sessionCookie } from "./testing/http.ts";

let database: TestDatabase;
let http: Awaited<ReturnType<typeof listen>>;
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const capture = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const log = pino({ level: "debug", redact: { paths: redactPaths, censor: "[redacted]" } }, capture);
  http = await listen(
    createApp({ db: database.db, auth: testAuth(database.db), log, baseUrl: "http://localhost:3000" }),
  );
});
afterAll(async () => {
  await http.close();
  await database.close();
});

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
const json = (response: Response): Promise<any> => response.json();

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${http.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", ...headers },
    body: JSON.stringify(body),
  });

describe("GET /health", () => {
  it("is 200 ok while the database answers", async () => {
    const response = await fetch(`${http.url}/health`);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ status: "ok" });
  });

  it("is 503 when the database does not answer", async () => {
    const broken = createDb({ url: "postgresql://nobody@127.0.0.1:1/none", poolMax: 1 });
    const app = createApp({
      db: broken.db,
      auth: testAuth(broken.db),
      log: pino({ level: "silent" }),
      baseUrl: "http://x",
    });
    const down = await listen(app);
    try {
      const response = await fetch(`${down.url}/health`);
      expect(response.status).toBe(503);
      expect((await json(response)).status).toBe("unavailable");
    } finally {
      await down.close();
      await broken.close();
    }
  });
});

describe("sign-up to plan badge over HTTP", () => {
  it("signs up, creates an org (free plan), and reads it through tRPC", async () => {
    const email = `new-${Date.now()}@example.test`;
    const signUp = await post("/api/auth/sign-up/email", {
      email,
      password: "correct-horse-battery",
      name: "Newcomer",
    });
    expect(signUp.status).toBe(200);
    const cookie = sessionCookie(signUp);

    const created = await post(
      "/api/auth/organization/create",
      { name: "Newco", slug: `newco-${Date.now()}` },
      { cookie },
    );
    expect(created.status).toBe(200);

    const current = await fetch(`${http.url}/trpc/org.current`, { headers: { cookie } });
    expect(current.status).toBe(200);
    const { result } = await json(current);
    expect(result.data).toMatchObject({ orgName: "Newco", plan: "free", role: "owner" });

    await fetch(
      `${http.url}/trpc/crm.leads.list?input=${encodeURIComponent(JSON.stringify({ q: "secret-search@example.test" }))}`,
      {
        headers: { cookie },
      },
    );
    const logged = logLines.join("");
    expect(logged).toContain('"path":"/trpc/org.current"');
    expect(logged).not.toContain("secret-search");
    expect(logged).not.toContain("correct-horse-battery");
    expect(logged).not.toContain(cookie.split("=")[1]);
  });
});

describe("auth", () => {
  it("refuses a sign-in posted from a foreign origin (CSRF)", async () => {
    const response = await post(
      "/api/auth/sign-in/email",
      { email: "a@b.co", password: "whatever-long" },
      { origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
  });
});

describe("invitations by link", () => {
  it("an admin invites by email, the link is shown to them, and the invitee joins as member", async () => {
    const stamp = Date.now();
    const owner = sessionCookie(
      await post("/api/auth/sign-up/email", {
        email: `owner-${stamp}@example.test`,
        password: "owner-password",
        name: "Owner",
      }),
    );
    await post("/api/auth/organization/create", { name: "Invite Co", slug: `invite-${stamp}` }, { cookie: owner });
    const invitee = `guest-${stamp}@example.test`;
    const invited = await post(
      "/api/auth/organization/invite-member",
      { email: invitee, role: "member" },
      { cookie: owner },
    );
    expect(invited.status).toBe(200);

    const listed = await json(await fetch(`${http.url}/trpc/org.invitations`, { headers: { cookie: owner } }));
    const [invitation] = listed.result.data;
    expect(invitation).toMatchObject({
      email: invitee,
      role: "member",
      acceptUrl: expect.stringMatching(/^http:\/\/localhost:3000\/accept-invitation\//),
    });

    const guest = sessionCookie(
      await post("/api/auth/sign-up/email", { email: invitee, password: "guest-password", name: "Guest" }),
    );
    const accepted = await post(
      "/api/auth/organization/accept-invitation",
      { invitationId: invitation.id },
      { cookie: guest },
    );
    expect(accepted.status).toBe(200);
    const current = await json(await fetch(`${http.url}/trpc/org.current`, { headers: { cookie: guest } }));
    expect(current.result.data).toMatchObject({ orgName: "Invite Co", role: "member" });
  });
});

describe("REST errors", () => {
  it("answers malformed JSON with 400 naming the problem", async () => {
    const response = await fetch(`${http.url}/api/anything`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ success: false, error: { code: "INVALID_INPUT" } });
  });

  it("answers an unknown endpoint with a JSON 404", async () => {
    const response = await fetch(`${http.url}/api/nope`);
    expect(response.status).toBe(404);
    expect((await json(response)).error).toMatchObject({ code: "NOT_FOUND", message: "No endpoint GET /api/nope." });
  });

  it("hides internals of unexpected failures behind a 500 with a request id", async () => {
    const app = express();
    app.use(pinoHttp({ logger: pino({ level: "silent" }) }));
    app.get("/boom", () => {
      throw new Error('relation "users" does not exist: SELECT password FROM users');
    });
    app.use(
      "/trpc",
      createExpressMiddleware({
        createContext: () => ({ session: null }) as unknown as Context,
        router: router({
          boom: publicProcedure.query(() => {
            throw new Error('relation "users" does not exist');
          }),
        }),
      }),
    );
    app.use(errorResponder);
    const failing = await listen(app);
    try {
      const rest = await fetch(`${failing.url}/boom`);
      expect(rest.status).toBe(500);
      const restBody = await json(rest);
      expect(restBody).toMatchObject({ success: false, error: { code: "INTERNAL" }, requestId: expect.any(String) });
      expect(JSON.stringify(restBody)).not.toMatch(/relation|SELECT|stack/);

      const rpc = await fetch(`${failing.url}/trpc/boom`);
      expect(rpc.status).toBe(500);
      const rpcBody = await json(rpc);
      expect(rpcBody.error.message).toBe("Internal server error");
      expect(JSON.stringify(rpcBody)).not.toMatch(/relation/);
    } finally {
      await failing.close();
    }
  });
});

describe("Express requireFeature guard", () => {
  it("lets an org through only when its plan has the feature, else 403 naming the plan", async () => {
    const { db } = database;
    const [pro, enterprise] = [await makeOrg({ db }, "pro"), await makeOrg({ db }, "enterprise")];
    const app = express();
    app.use(pinoHttp({ logger: pino({ level: "silent" }) }));
    app.get("/probe/:orgId", (req, res, next) => {
      res.locals.orgId = req.params.orgId; // stands in for the API-key authentication step
      next();
    });
    app.get("/probe/:orgId", requireFeature(db, "platform:webhooks"), (_req, res) => {
      res.json({ reached: true });
    });
    app.use(errorResponder);
    const guarded = await listen(app);
    try {
      expect((await fetch(`${guarded.url}/probe/${enterprise.id}`)).status).toBe(200);
      const denied = await fetch(`${guarded.url}/probe/${pro.id}`);
      expect(denied.status).toBe(403);
      expect((await json(denied)).error.message).toContain("needs the Enterprise plan");
    } finally {
      await guarded.close();
    }
  });
});
