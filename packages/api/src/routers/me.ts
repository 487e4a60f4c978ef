import { listMemberships } from "@opsdash/core/orgs/get-membership";
import { z } from "zod";
import { authed } from "../procedures.ts";
import { router } from "../trpc.ts";
import { membershipOutput } from "./outputs.ts";

export const meRouter = router({
  get: authed
    .output(
      z.object({
        user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
        activeOrgId: z.string().nullable(),
        memberships: z.array(membershipOutput),
      }),
    )
    .query(async ({ ctx }) => ({
      user: { id: ctx.session.userId, email: ctx.session.email, name: ctx.session.name },
      activeOrgId: ctx.session.activeOrgId,
      memberships: await listMemberships({ db: ctx.db }, ctx.session.userId),
    })),
});
