import { z } from "zod";

export const orgRoleSchema = z.enum(["owner", "admin", "member"]);
export type OrgRole = z.infer<typeof orgRoleSchema>;

/** Admins and owners manage the org's integrations and members. */
export const isOrgAdmin = (role: OrgRole) => role === "owner" || role === "admin";

/** better-auth stores roles as text (a member may hold several, comma-separated). */
export function parseOrgRole(stored: string): OrgRole {
  const roles = stored.split(",").map((r) => r.trim());
  if (roles.includes("owner")) return "owner";
  if (roles.includes("admin")) return "admin";
  return "member";
}
