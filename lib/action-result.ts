import type { ErrorCode } from "@/lib/errors";

/** What every server action returns: actions never throw to the browser. */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number };
