import type { DbTx } from "@opsdash/db";
import { parseOrgRole } from "./roles.ts";

/** Members and pending invitations of one org. */
export async function listMembers({ db }: { db: DbTx }, orgId: string) {
  const [members, invitations] = await Promise.all([
    db.member.findMany({
      where: { organizationId: orgId },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { organizationId: orgId, status: "pending", expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  return {
    members: members.map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: parseOrgRole(m.role),
      joinedAt: m.createdAt,
    })),
    invitations: invitations.map((i) => ({ ...i, role: parseOrgRole(i.role ?? "member") })),
  };
}
