import "server-only";
import pino from "pino";
import { getEnv } from "@/lib/env";
import { currentRequestId } from "@/lib/observability/request-context";

// Fields that may hold secrets or personal documents are never written, whatever logs them.
const redact = {
  paths: [
    "password",
    "*.password",
    "passwordHash",
    "*.passwordHash",
    "apiKey",
    "*.apiKey",
    "authorization",
    "*.authorization",
    "headers.cookie",
    "*.headers.cookie",
    "input",
    "*.input",
    "output",
    "*.output",
    "prompt",
    "*.prompt",
  ],
  censor: "[redacted]",
};

/** Every line written while serving a request carries its id, however deep in the code it is logged. */
function withRequestId(): { requestId?: string } {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
}

const globalForLogger = globalThis as unknown as { hrLogger?: pino.Logger };

export const logger: pino.Logger =
  globalForLogger.hrLogger ?? (globalForLogger.hrLogger = pino({ level: getEnv().LOG_LEVEL, redact, base: { app: "hr-copilot" }, mixin: withRequestId }));
