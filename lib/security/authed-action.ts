import "server-only";
import { performance } from "node:perf_hooks";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, toAppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { actionNameOf } from "@/lib/metrics/action-name";
import { recordRateLimited, recordRequest } from "@/lib/metrics/record";
import { runWithRequestId } from "@/lib/observability/request-context";
import { requestIdOf } from "@/lib/observability/request-id";
import { withReference } from "@/lib/observability/reference";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeRateLimit, consumeUserAndAddress } from "@/lib/security/rate-limit";

type Options = { roles?: readonly Role[]; rateLimit?: "generation" | "upload" | "invitation" };

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

async function run<S extends z.ZodType, T>(schema: S, input: unknown, body: (data: z.output<S>) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "bad_request:input", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    return { ok: true, data: await body(parsed.data) };
  } catch (thrown) {
    unstable_rethrow(thrown); // redirects and other Next.js control flow are not failures
    const error = toAppError(thrown);
    if (error.type === "internal") logger.error({ err: thrown, code: error.code }, "action failed");
    return { ok: false, code: error.code, message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  }
}

/**
 * Around every action: the request's id for its log lines and its failure message, and the call
 * counted by the action's name and the HTTP status its outcome stands for.
 */
function observed<I, T>(act: (input: I) => Promise<ActionResult<T>>): (input: I) => Promise<ActionResult<T>> {
  return async function action(input) {
    const requestHeaders = await headers();
    const requestId = requestIdOf(requestHeaders);
    const started = performance.now();
    let status = 303; // a redirect, thrown through to Next, unless the action returns
    try {
      const result = await runWithRequestId(requestId, () => act(input));
      if (result.ok) {
        status = 200;
        return result;
      }
      status = new AppError(result.code).status;
      if (result.code.startsWith("rate_limit:")) recordRateLimited(result.code as `rate_limit:${string}`);
      return { ...result, message: withReference(result.message, requestId), requestId };
    } finally {
      recordRequest(`action:${actionNameOf(requestHeaders.get("next-action"))}`, "POST", status, (performance.now() - started) / 1000);
    }
  };
}

/**
 * The only way to build a server action for signed-in users: loads the session, checks the role,
 * validates the input with zod, applies the rate limit, and turns every failure into an ActionResult.
 * Ownership of rows is enforced by the handler's queries, which always take `user.id`.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
  options: Options = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return observed(async (input) => {
    // A session that cannot be read is signed out, unless the database is away: then say that instead.
    const user = await getCurrentUser().catch((thrown: unknown) => (toAppError(thrown).code === "unavailable:database" ? toAppError(thrown) : null));
    if (user instanceof AppError) return { ok: false, code: user.code, message: user.message };
    if (!user) return { ok: false, code: "unauthorized:auth", message: new AppError("unauthorized:auth").message };
    if (options.roles && !options.roles.includes(user.role)) {
      return { ok: false, code: "forbidden:auth", message: new AppError("forbidden:auth").message };
    }
    return run(schema, input, async (data) => {
      if (options.rateLimit === "invitation") await consumeRateLimit("invitation", user.id);
      else if (options.rateLimit) await consumeUserAndAddress(options.rateLimit, user.id, clientAddressOf(await headers()));
      return handler(data, user);
    });
  });
}

/** For the few actions anyone may call (sign in, register): same validation and error handling. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>): (input: z.input<S>) => Promise<ActionResult<T>> {
  return observed((input) => run(schema, input, handler));
}
