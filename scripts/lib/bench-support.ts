// Shared by the benchmarks: percentiles, and the language model the environment configures.
import type { ModelRoute } from "@/lib/ai/model-call";
import { createStreamDeps } from "@/lib/ai/stream-deps";

/** The p-th percentile (nearest rank), rounded to `decimals`. NaN for no values. */
export function percentile(values: number[], p: number, decimals = 1): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const factor = 10 ** decimals;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * factor) / factor;
}

/**
 * The model the app would use first, built from the same environment variables (GROQ_API_KEY, or
 * OLLAMA_BASE_URL with OLLAMA_MODEL), or null when none is set. lib/env.ts is server-only, so the
 * variables are read here directly.
 */
export function configuredModel(): { id: string; route: ModelRoute } | null {
  const env = process.env;
  const groq = env.GROQ_API_KEY
    ? { apiKey: env.GROQ_API_KEY, baseURL: env.GROQ_BASE_URL || undefined, model: env.GROQ_MODEL || "llama-3.3-70b-versatile" }
    : undefined;
  const ollama = env.OLLAMA_BASE_URL && env.OLLAMA_MODEL ? { baseURL: env.OLLAMA_BASE_URL.replace(/(?<!\/)\/+$/, ""), model: env.OLLAMA_MODEL } : undefined;
  const id = groq ? `groq:${groq.model}` : ollama ? `ollama:${ollama.model}` : null;
  if (!id) return null;
  const policy = { maxRetries: 2, firstTokenTimeoutMs: 60_000, idleTimeoutMs: 60_000, maxRetryAfterMs: 30_000 };
  // That model alone: a fallback would mix two models' results in one score.
  const { deps } = createStreamDeps({ groq, ollama, chain: ["groq", "ollama", "offline"], policy, offlineTokenDelayMs: 0 }, () => "");
  return { id, route: { deps, chain: [id] } };
}
