import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { authClient, unwrap } from "../lib/auth-client.ts";
import { navigate } from "../lib/router.tsx";
import type { RouterOutputs } from "../lib/trpc.ts";
import { ErrorNote } from "./ErrorNote.tsx";

type Membership = RouterOutputs["me"]["get"]["memberships"][number];
const NEW_ORG = "__new__";

export function OrgSwitcher({ memberships, activeOrgId }: { memberships: Membership[]; activeOrgId: string }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);

  async function change(orgId: string) {
    if (orgId === NEW_ORG) return navigate("/orgs/new");
    setError(null);
    try {
      await unwrap(authClient.organization.setActive({ organizationId: orgId }));
      await queryClient.invalidateQueries();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <select aria-label="Organization" value={activeOrgId} onChange={(e) => void change(e.target.value)}>
        {memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.orgName}
          </option>
        ))}
        <option value={NEW_ORG}>+ New organization…</option>
      </select>
      <ErrorNote error={error} />
    </>
  );
}
