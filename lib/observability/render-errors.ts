import "server-only";
import { logger } from "@/lib/logger";
import { acceptedRequestId, requestIdHeader } from "@/lib/observability/request-id";

type ErrorRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorContext = { routePath: string; routeType: string };

/**
 * A page, layout or route that threw while rendering. The browser shows only the error's digest
 * (error.tsx prints it as the reference), so this line ties the digest to the request's id, which
 * the proxy set and every other line of that request carries. The error's kind, not its text: a
 * database error quotes the values it was given.
 */
export function logRenderError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const header = request.headers[requestIdHeader];
  logger.error(
    {
      requestId: acceptedRequestId(typeof header === "string" ? header : undefined),
      digest: (error as { digest?: string } | null)?.digest,
      kind: error instanceof Error ? error.name : typeof error,
      code: (error as { code?: unknown } | null)?.code,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed while rendering",
  );
}
