import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** A request's JSON body, or null when it is not JSON; checked later, once the link is known to be open. */
export const jsonBodyOf = (request: Request): Promise<unknown> => request.json().catch(() => null);

/** A value checked against `schema`; the first problem is the message the page shows. */
export function parsedInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request:input", parsed.error.issues[0]?.message ?? "Some fields need attention.");
  return parsed.data;
}

/** The interview's new state; never cached, as it changes with every answer. */
export const interviewJson = (value: unknown) => Response.json(value, { headers: { "cache-control": "no-store" } });
