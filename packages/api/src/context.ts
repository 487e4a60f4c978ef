import type { IncomingHttpHeaders } from "node:http";
import type { Auth } from "@opsdash/core/auth/create-auth";
import type { Db } from "@opsdash/db";
import type { Logger } from "pino";

export interface ApiDeps {
  db: Db;
  auth: Auth;
  log: Logger;
  /** Public origin, for links the dashboard shows (invitation accept links). */
  baseUrl: string;
}

export interface SessionInfo {
  userId: string;
  email: string;
  name: string;
  activeOrgId: string | null;
}

export interface Context extends ApiDeps {
  session: SessionInfo | null;
}

/** Builds the per-request context from the better-auth session cookie. */
export async function createContext(deps: ApiDeps, headers: IncomingHttpHeaders): Promise<Context> {
  const fetchHeaders = new Headers();
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value === "string") fetchHeaders.set(key, value);
    else if (Array.isArray(value)) for (const v of value) fetchHeaders.append(key, v);
  }
  const result = await deps.auth.api.getSession({ headers: fetchHeaders });
  const session: SessionInfo | null = result
    ? {
        userId: result.user.id,
        email: result.user.email,
        name: result.user.name,
        activeOrgId: result.session.activeOrganizationId ?? null,
      }
    : null;
  return { ...deps, session };
}
