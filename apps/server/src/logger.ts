import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

/** Paths that may carry credentials; pino replaces their values before anything is written. */
export const redactPaths = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "*.password",
  "*.token",
  "*.secret",
  "*.apiKey",
];

/** JSON lines for machines; `pretty` (npm start, npm run dev) for people at a terminal. */
export function createLogger(
  level: string,
  format: "json" | "pretty" = "json",
  destination?: pino.DestinationStream,
): Logger {
  const stream =
    destination ?? (format === "pretty" ? pretty({ ignore: "pid,hostname", translateTime: "HH:MM:ss", sync: true }) : undefined);
  return pino({ level, redact: { paths: redactPaths, censor: "[redacted]" } }, stream);
}
