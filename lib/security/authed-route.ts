import "server-only";
import { randomUUID } from "node:crypto";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, toAppError } from "@/lib/errors";
import { defaultBodyLimitBytes, readBodyWithin } from "@/lib/security/body-limit";
import type { Role } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { isSameOriginRequest } from "@/lib/security/same-origin";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, user: SessionUser, context: RouteContext) => Promise<Response>;

/** An error as route handlers answer it: {error:{code,message,requestId}} with the code's status. */
export function errorResponse(error: AppError, requestId: string): Response {
  const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
  if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message, requestId } }), { status: error.status, headers });
}

/**
 * The only way to build a route handler for signed-in users: checks the session and role, and turns
 * every failure into a JSON error with a request id (details go to the log, not the response).
 */
export function authedRoute(handler: Handler, options: { roles?: readonly Role[]; maxBodyBytes?: number; tooLargeMessage?: () => string } = {}) {
  return async function route(request: Request, context: RouteContext): Promise<Response> {
    const requestId = randomUUID();
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthorized:auth");
      if (options.roles && !options.roles.includes(user.role)) throw new AppError("forbidden:auth");
      if (request.method === "GET" || request.method === "HEAD") return await handler(request, user, context);
      // A cross-site page could otherwise post with the user's cookies (server actions get the same check from Next).
      if (!isSameOriginRequest(request.headers)) throw new AppError("forbidden:auth", "This request came from another site and was refused.");
      // Every body is read within a limit before the handler runs, which gets it already buffered.
      const body = await readBodyWithin(request, options.maxBodyBytes ?? defaultBodyLimitBytes).catch((error: unknown) => {
        throw error instanceof AppError && error.code === "too_large:input" && options.tooLargeMessage
          ? new AppError("too_large:input", options.tooLargeMessage())
          : error;
      });
      return await handler(new Request(request.url, { method: request.method, headers: request.headers, body: body as BodyInit }), user, context);
    } catch (thrown) {
      // The caller hung up while sending its body (a cancelled upload): nothing failed on our side.
      if ((thrown as { code?: string }).code === "ECONNRESET") {
        logger.info({ requestId }, "request aborted by the client");
        return errorResponse(new AppError("bad_request:input", "The upload was interrupted. Try again."), requestId);
      }
      const error = toAppError(thrown);
      if (error.type === "internal") logger.error({ err: thrown, requestId, code: error.code }, "route failed");
      return errorResponse(error, requestId);
    }
  };
}
