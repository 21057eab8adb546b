import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Buckets in seconds: requests and first tokens are quick or slow by a second; a whole document
// or answer takes up to minutes.
const requestBuckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const firstTokenBuckets = [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30];
const runBuckets = [0.5, 1, 2.5, 5, 10, 20, 40, 80, 160, 320];

/**
 * Every metric the app records, on one registry. Labels take only bounded values: a route's pattern
 * or an action's name (never a URL), a tool, a configured model id, a status or an error's kind.
 */
export function createMetrics(registry = new Registry()) {
  collectDefaultMetrics({ register: registry, prefix: "hr_" });
  const registers = [registry];
  return {
    registry,
    appInfo: new Gauge({ name: "hr_app_info", help: "The app's version; always 1.", labelNames: ["version"], registers }),
    httpRequests: new Counter({
      name: "hr_http_requests_total",
      help: "Route handler and server action calls, by route pattern or action name, method and status.",
      labelNames: ["route", "method", "status"],
      registers,
    }),
    httpDuration: new Histogram({
      name: "hr_http_request_duration_seconds",
      help: "Time to answer a route handler or server action call (a streamed body keeps going after this).",
      labelNames: ["route", "method", "status"],
      buckets: requestBuckets,
      registers,
    }),
    modelRuns: new Counter({
      name: "hr_model_runs_total",
      help: "Documents generated and chat answers written, by kind, task, model and final status.",
      labelNames: ["kind", "task", "model", "status"],
      registers,
    }),
    firstToken: new Histogram({
      name: "hr_model_time_to_first_token_seconds",
      help: "From the request to the model's first text, for documents and chat answers.",
      labelNames: ["kind", "task", "model"],
      buckets: firstTokenBuckets,
      registers,
    }),
    runDuration: new Histogram({
      name: "hr_model_run_duration_seconds",
      help: "From the request to the last word of a document or chat answer.",
      labelNames: ["kind", "task", "model", "status"],
      buckets: runBuckets,
      registers,
    }),
    tokens: new Counter({
      name: "hr_model_tokens_total",
      help: "Tokens sent to (in) and written by (out) the models, as the providers report them.",
      labelNames: ["kind", "task", "model", "direction"],
      registers,
    }),
    rateLimited: new Counter({
      name: "hr_rate_limit_rejections_total",
      help: "Calls refused for going over a rate limit, by the surface that refused them.",
      labelNames: ["surface"],
      registers,
    }),
    providerErrors: new Counter({
      name: "hr_provider_errors_total",
      help: "Failed calls to a model provider (each attempt, before any fallback), by provider.",
      labelNames: ["provider"],
      registers,
    }),
    breakerState: new Gauge({
      name: "hr_provider_breaker_state",
      help: "Each configured provider's circuit breaker: 0 closed, 1 half-open (one trial call), 2 open (skipped).",
      labelNames: ["provider"],
      registers,
    }),
    uploadParses: new Counter({
      name: "hr_upload_parses_total",
      help: "Files and pasted texts read by the parse workers, by task and outcome (ok or the problem found).",
      labelNames: ["task", "outcome"],
      registers,
    }),
  };
}

export type AppMetrics = ReturnType<typeof createMetrics>;

// One set per process, kept on globalThis: Next loads this module again in every bundle (the
// instrumentation hook, each route) and on every reload in development. A second set would either
// throw "already registered" or count into a registry nobody reads.
const globalForMetrics = globalThis as unknown as { hrMetrics?: AppMetrics };

/** The process's metrics, created on first use. */
export function appMetrics(): AppMetrics {
  return (globalForMetrics.hrMetrics ??= createMetrics());
}
