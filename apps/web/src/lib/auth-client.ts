import { organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient({ plugins: [organizationClient()] });

/** better-auth answers `{ data, error }`; turn an error into a thrown Error the UI can show. */
export async function unwrap<T>(
  call: Promise<{ data: T; error: null } | { data: null; error: { message?: string; statusText?: string } }>,
): Promise<T> {
  const result = await call;
  if (result.error) throw new Error(result.error.message ?? result.error.statusText ?? "Request failed");
  return result.data as T;
}
