import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** The first problem zod found, with where it is, as a message an integrator can act on. */
function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request is not valid.";
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request:input", firstProblem(parsed.error));
  return parsed.data;
}

/** The request's JSON body, checked against `schema`. */
export async function jsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const value: unknown = await request.json().catch(() => {
    throw new AppError("bad_request:input", "Send a JSON body with `Content-Type: application/json`.");
  });
  return parseOrThrow(schema, value);
}

/** The route's `{id}`, checked. */
export async function idOf(context: { params: Promise<Record<string, string | string[]>> }, schema: z.ZodType<{ id: string }>): Promise<string> {
  return parseOrThrow(schema, await context.params).id;
}

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
