// Runs once when the server starts: validates the environment, opens and migrates the database, and
// marks generations a previous crash left half-written as INTERRUPTED, before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  const env = getEnv();
  // First, so that every later module's requests, model calls and queries are traced.
  const { registerTracing } = await import("@/lib/tracing/register-tracing");
  await registerTracing(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  // On SIGTERM, documents and answers being written finish (or are saved as interrupted) before Next exits.
  const { installGracefulShutdown } = await import("@/lib/lifecycle/graceful-shutdown");
  installGracefulShutdown(env.SHUTDOWN_GRACE_MS);
  if (env.TRUSTED_PROXY_HOPS === 0) {
    const { logger } = await import("@/lib/logger");
    logger.warn(
      { code: "client_address_unknown" },
      "TRUSTED_PROXY_HOPS is 0, so client addresses are unknown: limits per address are off and only limits per account apply. Behind a reverse proxy, set it to the number of proxies.",
    );
  }
  const { getDb } = await import("@/lib/db/client");
  const db = await getDb();
  if (env.DATABASE_URL) {
    // On a shared Postgres, another instance may crash at any time: sweep its abandoned rows now and then.
    const { sweepAbandonedGenerations } = await import("@/lib/db/queries/generations");
    const { sweepAbandonedAnswers } = await import("@/lib/db/queries/conversations");
    setInterval(() => {
      void sweepAbandonedGenerations(db, { olderThanMs: 60_000 }).catch(() => undefined);
      void sweepAbandonedAnswers(db, { olderThanMs: 60_000 }).catch(() => undefined);
    }, 60_000).unref();
  }
  // Background jobs (exit-interview summaries, the retention purge): pg-boss on Postgres, in process
  // on the embedded database.
  const { startJobs } = await import("@/lib/queue/start");
  await startJobs();
  // The metrics registry lives on globalThis: created here, it is the one every route's bundle records
  // into and /api/metrics reads, in development and in a production build alike.
  const { appMetrics } = await import("@/lib/metrics/registry");
  const { appVersion } = await import("@/lib/observability/version");
  appMetrics().appInfo.set({ version: appVersion }, 1);
}

// A page or route that threw: logged with the request's id and the digest the browser shows.
export async function onRequestError(...args: Parameters<typeof import("@/lib/observability/render-errors").logRenderError>) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRenderError } = await import("@/lib/observability/render-errors");
  logRenderError(...args);
}
