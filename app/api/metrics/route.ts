import { getAiRuntime } from "@/lib/ai/runtime";
import { getEnv } from "@/lib/env";
import { metricsAccess } from "@/lib/metrics/access";
import { recordBreakerStates } from "@/lib/metrics/record";
import { appMetrics } from "@/lib/metrics/registry";
import { configuredProviders } from "@/lib/observability/health";
import { publicRoute } from "@/lib/security/authed-route";
import { AppError } from "@/lib/errors";

// Prometheus scrapes this. See lib/metrics/access.ts for who may: a bearer token, METRICS_TOKEN.
export const GET = publicRoute(async (request) => {
  const access = metricsAccess(getEnv(), request.headers.get("authorization"));
  if (access === "hidden") throw new AppError("not_found:api", "Not found.");
  if (access === "unauthorized") throw new AppError("unauthorized:api", "Send the metrics token as a bearer token.");
  const runtime = getAiRuntime();
  recordBreakerStates(configuredProviders(runtime.config).map((p) => [p, runtime.breakers.get(p)?.state ?? "closed"]));
  const { registry } = appMetrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
});
