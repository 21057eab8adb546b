import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, toAppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
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
 * The only way to build a server action for signed-in users: loads the session, checks the role,
 * validates the input with zod, applies the rate limit, and turns every failure into an ActionResult.
 * Ownership of rows is enforced by the handler's queries, which always take `user.id`.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
  options: Options = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async function action(input) {
    const user = await getCurrentUser().catch(() => null);
    if (!user) return { ok: false, code: "unauthorized:auth", message: new AppError("unauthorized:auth").message };
    if (options.roles && !options.roles.includes(user.role)) {
      return { ok: false, code: "forbidden:auth", message: new AppError("forbidden:auth").message };
    }
    return run(schema, input, async (data) => {
      if (options.rateLimit === "invitation") await consumeRateLimit("invitation", user.id);
      else if (options.rateLimit) await consumeUserAndAddress(options.rateLimit, user.id, clientAddressOf(await headers()));
      return handler(data, user);
    });
  };
}

/** For the few actions anyone may call (sign in, register): same validation and error handling. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async function action(input) {
    return run(schema, input, handler);
  };
}
