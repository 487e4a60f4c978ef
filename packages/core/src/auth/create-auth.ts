import type { Db } from "@opsdash/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { organization } from "better-auth/plugins";

export interface CreateAuthOptions {
  db: Db;
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** Public origin of the app, e.g. http://localhost:3000. */
  baseUrl: string;
  /** Extra origins allowed to call the auth API (the Vite dev server). */
  trustedOrigins?: string[];
}

/**
 * better-auth: email + password, sessions in Postgres, organizations with owner/admin/member
 * roles. No mail is sent: an invitation's accept link is shown in the dashboard instead.
 */
export function createAuth({ db, secret, baseUrl, trustedOrigins = [] }: CreateAuthOptions) {
  return betterAuth({
    secret,
    baseURL: baseUrl,
    basePath: "/api/auth",
    trustedOrigins: [baseUrl, ...trustedOrigins],
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    // Origin (CSRF) checks stay on under NODE_ENV=test too, so tests exercise what production runs.
    advanced: { database: { generateId: "uuid" }, disableOriginCheck: false },
    telemetry: { enabled: false },
    plugins: [
      organization({
        invitationExpiresIn: 7 * 24 * 60 * 60,
        // Mail delivery is out of scope: the dashboard shows the accept link to the inviter.
        sendInvitationEmail: async () => {},
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
