import { APICallError } from "@ai-sdk/provider";

export class FirstTokenTimeoutError extends Error {
  constructor(ms: number) {
    super(`No answer within ${ms} ms`);
    this.name = "FirstTokenTimeoutError";
  }
}

/** 429, 5xx, timeouts and dropped connections are worth another try; 4xx answers are not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof FirstTokenTimeoutError) return true;
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === undefined) return true; // the request never got an answer
    return status === 408 || status === 429 || status >= 500;
  }
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /ECONNRESET|ECONNREFUSED|socket hang up|fetch failed|terminated|network/i.test(message);
}

/** The server's Retry-After in milliseconds, when it sent one. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!APICallError.isInstance(error)) return undefined;
  const header = error.responseHeaders?.["retry-after"];
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff with jitter: 250 ms, 500 ms, 1 s … capped at 4 s. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(4_000, 250 * 2 ** attempt);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export function describeError(error: unknown): string {
  if (APICallError.isInstance(error)) return `HTTP ${error.statusCode ?? "no response"}`;
  if (error instanceof Error) return error.name === "Error" ? error.message.slice(0, 120) : error.name;
  return "unknown error";
}
