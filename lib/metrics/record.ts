import { appMetrics } from "@/lib/metrics/registry";

/** What a document or chat answer reports about its run when it ends. */
export type ModelRunReport = {
  kind: "document" | "chat";
  task: string;
  /** How it ended: COMPLETE, FAILED, CANCELLED or INTERRUPTED. */
  status: string;
  usage: { model: string; inputTokens?: number; outputTokens?: number; ttftMs?: number; durationMs: number };
  /** Each model tried, as openModelStream lists them: what did not answer is a provider error. */
  attempts?: readonly { modelId: string; outcome: string }[];
};

const providerOfModel = (modelId: string) => modelId.slice(0, Math.max(0, modelId.indexOf(":"))) || "unknown";

/** One route handler or server action call. */
export function recordRequest(route: string, method: string, status: number, seconds: number): void {
  const labels = { route, method, status: String(status) };
  const metrics = appMetrics();
  metrics.httpRequests.inc(labels);
  metrics.httpDuration.observe(labels, seconds);
}

/** A document or chat answer that ended, with its timings, tokens and the providers that failed on the way. */
export function recordModelRun({ kind, task, status, usage, attempts = [] }: ModelRunReport): void {
  const metrics = appMetrics();
  const model = usage.model;
  metrics.modelRuns.inc({ kind, task, model, status: status.toLowerCase() });
  metrics.runDuration.observe({ kind, task, model, status: status.toLowerCase() }, usage.durationMs / 1000);
  if (usage.ttftMs !== undefined) metrics.firstToken.observe({ kind, task, model }, usage.ttftMs / 1000);
  if (usage.inputTokens) metrics.tokens.inc({ kind, task, model, direction: "in" }, usage.inputTokens);
  if (usage.outputTokens) metrics.tokens.inc({ kind, task, model, direction: "out" }, usage.outputTokens);
  for (const attempt of attempts) {
    if (attempt.outcome === "answered" || attempt.outcome.startsWith("skipped")) continue;
    metrics.providerErrors.inc({ provider: providerOfModel(attempt.modelId) });
  }
}

/** A call refused by a rate limit, counted by its error code's surface (generation, chat, cv, auth…). */
export function recordRateLimited(code: `rate_limit:${string}`): void {
  appMetrics().rateLimited.inc({ surface: code.slice("rate_limit:".length) });
}

/** A file or text read by a parse worker: "ok", or the problem that stopped it. */
export function recordUploadParse(task: string, outcome: string): void {
  appMetrics().uploadParses.inc({ task, outcome });
}

const breakerValues = { closed: 0, "half-open": 1, open: 2 } as const;

/** The providers' breakers as they are now; set just before the metrics are read. */
export function recordBreakerStates(states: Iterable<[provider: string, state: keyof typeof breakerValues]>): void {
  const gauge = appMetrics().breakerState;
  for (const [provider, state] of states) gauge.set({ provider }, breakerValues[state]);
}
