import { listMembers } from "@opsdash/core/orgs/list-members";
import { featureAccessFor } from "@opsdash/core/plans/entitlements";
import { z } from "zod";
import { orgAdmin, orgMember } from "../procedures.ts";
import { router } from "../trpc.ts";
import { featureAccessOutput, membershipOutput, roleOutput } from "./outputs.ts";

export const orgRouter = router({
  /** The active org, the caller's role in it, and which features its plan unlocks. */
  current: orgMember
    .output(membershipOutput.extend({ features: z.array(featureAccessOutput) }))
    .query(({ ctx }) => ({ ...ctx.membership, features: featureAccessFor(ctx.membership.plan) })),

  members: orgMember
    .output(
      z.array(
        z.object({
          id: z.string(),
          userId: z.string(),
          name: z.string(),
          email: z.string(),
          role: roleOutput,
          joinedAt: z.date(),
        }),
      ),
    )
    .query(async ({ ctx }) => (await listMembers({ db: ctx.db }, ctx.membership.orgId)).members),

  /** Pending invitations with the link to hand to the invitee (no mail is sent). */
  invitations: orgAdmin
    .output(
      z.array(
        z.object({ id: z.string(), email: z.string(), role: roleOutput, expiresAt: z.date(), acceptUrl: z.string() }),
      ),
    )
    .query(async ({ ctx }) => {
      const { invitations } = await listMembers({ db: ctx.db }, ctx.membership.orgId);
      return invitations.map((i) => ({ ...i, acceptUrl: `${ctx.baseUrl}/accept-invitation/${i.id}` }));
    }),
});
