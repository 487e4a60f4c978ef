import type { ErrorCode } from "@opsdash/sdk";

/** How each code leaves the system; the one place HTTP statuses and tRPC codes are chosen. */
export const errorCodeMap = {
  UNAUTHORIZED: { http: 401, trpc: "UNAUTHORIZED" },
  FORBIDDEN: { http: 403, trpc: "FORBIDDEN" },
  NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  CONFLICT: { http: 409, trpc: "CONFLICT" },
  INVALID_INPUT: { http: 400, trpc: "BAD_REQUEST" },
  QUOTA_EXCEEDED: { http: 429, trpc: "TOO_MANY_REQUESTS" },
  RATE_LIMITED: { http: 429, trpc: "TOO_MANY_REQUESTS" },
  UPSTREAM_FAILED: { http: 502, trpc: "BAD_GATEWAY" },
  INTERNAL: { http: 500, trpc: "INTERNAL_SERVER_ERROR" },
} as const satisfies Record<ErrorCode, { http: number; trpc: string }>;

export interface ErrorIssue {
  path: string;
  message: string;
}

/** The one error type services throw; its message is safe to show to the caller. */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: ErrorIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
