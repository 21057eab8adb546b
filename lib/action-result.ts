import type { ErrorCode } from "@/lib/errors";

/**
 * What every server action returns: actions never throw to the browser. A failure's message ends
 * with "(Reference: <requestId>)", the id its log lines carry, so a user can quote it.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number; requestId?: string };
