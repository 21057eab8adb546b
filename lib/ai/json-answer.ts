import type { z } from "zod";

export type JsonAnswer<T> = { success: true; data: T } | { success: false; problem: string };

/** From the first "{" to the last "}": drops the code fence or the sentence a model wraps its JSON in. */
function outermostObject(text: string): string | undefined {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  return start >= 0 && end > start ? text.slice(start, end + 1) : undefined;
}

/**
 * A model's answer read as JSON for `schema`: as it is, else repaired to its outermost object. The
 * problem names the failing fields only, never their values, which may be the user's documents.
 */
export function parseJsonAnswer<T>(text: string, schema: z.ZodType<T>): JsonAnswer<T> {
  const whole = text.trim();
  const repaired = outermostObject(whole);
  let problem = "the answer is not JSON";
  for (const candidate of repaired === whole ? [whole] : [whole, repaired]) {
    if (candidate === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return { success: true, data: parsed.data };
    problem = `the JSON does not fit the schema at ${parsed.error.issues.map((i) => i.path.join(".") || "(root)").join(", ")}`;
  }
  return { success: false, problem };
}
