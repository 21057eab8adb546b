import "server-only";
import { performance } from "node:perf_hooks";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, toAppError } from "@/lib/errors";
import { defaultBodyLimitBytes, readBodyWithin } from "@/lib/security/body-limit";
import type { Role } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { recordRateLimited, recordRequest } from "@/lib/metrics/record";
import { routePatternOf } from "@/lib/metrics/route-pattern";
import { runWithRequestId } from "@/lib/observability/request-context";
import { requestIdHeader, requestIdOf } from "@/lib/observability/request-id";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteOptions = { maxBodyBytes?: number; tooLargeMessage?: () => string };

/** An error as route handlers answer it: {error:{code,message,requestId}} with the code's status. */
export function errorResponse(error: AppError, requestId: string): Response {
  const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
  if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message, requestId } }), { status: error.status, headers });
}

/** The response with the request's id in its headers (API routes are not seen by the proxy, which sets it for pages). */
function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(requestIdHeader, requestId);
    return response;
  } catch {
    // A redirect's or a fetched response's headers cannot change: copy it, body still streaming.
    const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    copy.headers.set(requestIdHeader, requestId);
    return copy;
  }
}

/**
 * What every route handler does around its own work: refuses a cross-site write, reads the body within
 * a limit before the handler runs, and turns every failure into a JSON error with the request's id
 * (details go to the log, not the response). The handler, and all it starts, logs with that id; the
 * call is counted by its route pattern and status. `handle` decides who the caller is.
 */
function guardedRoute(options: RouteOptions, handle: (request: Request, context: RouteContext) => Promise<Response>) {
  return async function route(request: Request, context: RouteContext): Promise<Response> {
    const requestId = requestIdOf(request.headers);
    const started = performance.now();
    const response = withRequestIdHeader(await runWithRequestId(requestId, () => answer(request, context, requestId)), requestId);
    recordRequest(routePatternOf(request.url, await context.params), request.method, response.status, (performance.now() - started) / 1000);
    return response;
  };

  async function answer(request: Request, context: RouteContext, requestId: string): Promise<Response> {
    try {
      if (request.method === "GET" || request.method === "HEAD") return await handle(request, context);
      // A cross-site page could otherwise post with the user's cookies (server actions get the same check from Next).
      if (!isSameOriginRequest(request.headers)) throw new AppError("forbidden:auth", "This request came from another site and was refused.");
      const body = await readBodyWithin(request, options.maxBodyBytes ?? defaultBodyLimitBytes).catch((error: unknown) => {
        throw error instanceof AppError && error.code === "too_large:input" && options.tooLargeMessage
          ? new AppError("too_large:input", options.tooLargeMessage())
          : error;
      });
      return await handle(
        new Request(request.url, { method: request.method, headers: request.headers, body: body as BodyInit, signal: request.signal }),
        context,
      );
    } catch (thrown) {
      // The caller hung up while sending its body (a cancelled upload): nothing failed on our side.
      if ((thrown as { code?: string }).code === "ECONNRESET") {
        logger.info("request aborted by the client");
        return errorResponse(new AppError("bad_request:input", "The upload was interrupted. Try again."), requestId);
      }
      const error = toAppError(thrown);
      if (error.type === "internal") logger.error({ err: thrown, code: error.code }, "route failed");
      if (error.code.startsWith("rate_limit:")) recordRateLimited(error.code as `rate_limit:${string}`);
      return errorResponse(error, requestId);
    }
  }
}

/** The only way to build a route handler for signed-in users: checks the session and role on top of the guards above. */
export function authedRoute(
  handler: (request: Request, user: SessionUser, context: RouteContext) => Promise<Response>,
  options: RouteOptions & { roles?: readonly Role[] } = {},
) {
  return guardedRoute(options, async (request, context) => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized:auth");
    if (options.roles && !options.roles.includes(user.role)) throw new AppError("forbidden:auth");
    return handler(request, user, context);
  });
}

/** A route anyone may call (health, metrics): the same guards, and the handler decides what to reveal. */
export function publicRoute(handler: (request: Request, context: RouteContext) => Promise<Response>, options: RouteOptions = {}) {
  return guardedRoute(options, handler);
}

/**
 * The only way to build a route handler for people without an account whose key is a token in the
 * URL (an "Ask my CV" link): the same guards; the handler checks the token and gets nothing else.
 */
export function tokenRoute(handler: (request: Request, token: string, context: RouteContext) => Promise<Response>, options: RouteOptions = {}) {
  return guardedRoute(options, async (request, context) => {
    const token = (await context.params).token;
    if (typeof token !== "string" || token.length > 100) throw new AppError("not_found:chat", "This link does not work.");
    return handler(request, token, context);
  });
}

/**
 * For callers that prove who they are with a credential in the request (a REST API key): the same
 * guards; `identify` checks the credential (or throws) before the handler runs.
 */
export function credentialRoute<Caller>(
  identify: (request: Request) => Promise<Caller>,
  handler: (request: Request, caller: Caller, context: RouteContext) => Promise<Response>,
  options: RouteOptions = {},
) {
  return guardedRoute(options, async (request, context) => handler(request, await identify(request), context));
}
