import { AppError, errorCodeMap } from "@opsdash/core/errors/app-error";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context.ts";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const appError = error.cause instanceof AppError ? error.cause : null;
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    // Anything that is not ours is an unexpected failure: its message may hold internals.
    const internal = error.code === "INTERNAL_SERVER_ERROR" && !appError;
    return {
      ...shape,
      message: internal ? "Internal server error" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        appCode: appError?.code ?? (zodError ? "INVALID_INPUT" : undefined),
        issues:
          zodError?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? appError?.details.issues,
      },
    };
  },
});

/** The one place an AppError becomes a tRPC error. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: errorCodeMap[cause.code].trpc, message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);
