import { AppError, errorCodeMap } from "@opsdash/core/errors/app-error";
import type { ErrorResponse } from "@opsdash/sdk";
import type { ErrorRequestHandler, Request, RequestHandler } from "express";

/** The one place an AppError becomes an HTTP response; anything else is a 500 without details. */
export const errorResponder: ErrorRequestHandler = (error, req, res, _next) => {
  const requestId = String(req.id);
  if (isBodyParseError(error)) {
    res.status(400).json({
      success: false,
      error: { code: "INVALID_INPUT", message: "Request body is not valid JSON." },
      requestId,
    } satisfies ErrorResponse);
    return;
  }
  if (error instanceof AppError) {
    res.status(errorCodeMap[error.code].http).json({
      success: false,
      error: { code: error.code, message: error.message, issues: error.details.issues },
      requestId,
    } satisfies ErrorResponse);
    return;
  }
  req.log.error({ err: error }, "unhandled error");
  res.status(500).json({
    success: false,
    error: { code: "INTERNAL", message: "Internal server error. Quote the request id if you contact support." },
    requestId,
  } satisfies ErrorResponse);
};

function isBodyParseError(error: unknown): boolean {
  return error instanceof SyntaxError && (error as { type?: string }).type === "entity.parse.failed";
}

export const apiNotFound: RequestHandler = (req: Request, _res, next) => {
  next(new AppError("NOT_FOUND", `No endpoint ${req.method} ${req.baseUrl}${req.path}.`));
};
