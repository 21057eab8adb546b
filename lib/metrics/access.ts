import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "allowed" | "unauthorized" | "hidden";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Who may read the metrics. With METRICS_TOKEN set, only a caller sending it as a bearer token. Without
 * it, anyone in development, and nobody in production, where the endpoint then looks absent (404):
 * the metrics name routes and models, and an operator who wants them sets a token.
 */
export function metricsAccess(env: { NODE_ENV: string; METRICS_TOKEN?: string }, authorization: string | null): MetricsAccess {
  if (!env.METRICS_TOKEN) return env.NODE_ENV === "production" ? "hidden" : "allowed";
  const sent = authorization?.startsWith("Bearer ") ? authorization.slice("Bearer ".length).trim() : "";
  // Compared as digests: equal lengths for timingSafeEqual, and no timing hint about the token.
  return sent && timingSafeEqual(digest(sent), digest(env.METRICS_TOKEN)) ? "allowed" : "unauthorized";
}
