import "server-only";
import { registerTelemetry } from "ai";
import { RedactingSpanProcessor } from "@/lib/tracing/redacting-span-processor";

/**
 * OpenTelemetry traces, exported over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the standard
 * OTEL_EXPORTER_OTLP_* variables tune it), and off when that is unset: no OpenTelemetry code is loaded then.
 * Spans: Next's own for each request and server action, the AI SDK's for each model call (without
 * prompts or outputs: see modelCallTelemetry), Prisma's for each query, and outgoing fetches.
 */
export async function registerTracing(endpoint: string | undefined): Promise<boolean> {
  if (!endpoint) return false;
  const [{ registerOTel }, { PrismaInstrumentation }, { OpenTelemetry }] = await Promise.all([
    import("@vercel/otel"),
    import("@prisma/instrumentation"),
    import("@ai-sdk/otel"),
  ]);
  registerOTel({
    serviceName: process.env.OTEL_SERVICE_NAME ?? "hr-copilot",
    instrumentations: ["fetch", new PrismaInstrumentation()],
    // First, so the exporter behind "auto" never sees a link's key or a search in a URL.
    spanProcessors: [new RedactingSpanProcessor(), "auto"],
  });
  registerTelemetry(new OpenTelemetry());
  return true;
}
