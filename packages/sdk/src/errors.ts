import { z } from "zod";

export const errorCodeSchema = z.enum([
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_INPUT",
  "QUOTA_EXCEEDED",
  "RATE_LIMITED",
  "UPSTREAM_FAILED",
  "INTERNAL",
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Body of every non-2xx REST response. */
export const errorResponseSchema = z.object({
  success: z.literal(false),
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    /** Field-level problems for INVALID_INPUT: path → message. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  /** Quote it when asking for support; it is in our logs. */
  requestId: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
