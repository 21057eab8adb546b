import "server-only";
import { createHash } from "node:crypto";
import { ExtractionError, type ExtractionProblem } from "@/lib/cv/extract/extraction-error";
import { getDb } from "@/lib/db/client";
import { findParsedContent, storeParsedContent } from "@/lib/db/queries/parsed-content";
import { parseInWorker } from "@/lib/files/parse-in-worker";
import type { ParseTaskInput, ParseTaskOutput } from "@/lib/files/parse-tasks";
import { storedParseResult } from "@/lib/files/parse-result-schemas";
import { parserVersion } from "@/lib/files/parser-version";
import { logger } from "@/lib/logger";

/** The tasks whose result depends on nothing but the content and the parser. */
export type CachedParseTask = "cvFile" | "cvText" | "postingFile" | "postingText";

// Refusals that the same content always gets. Not "too complex" (a timeout or memory cap, which a
// busy server may hit where an idle one would not), "too large" (a setting, checked before), nor
// "unreadable", which a parser's own failure on a good file also gives.
const lastingProblems = new Set<ExtractionProblem>([
  "password_protected",
  "image_only",
  "empty",
  "unsupported_type",
  "zip_bomb",
  "too_many_pages",
  "too_much_text",
]);

type Stored<T> = { value: T } | { refused: { problem: ExtractionProblem; message: string } };
type Parse = <N extends CachedParseTask>(name: N, input: ParseTaskInput<N>) => Promise<ParseTaskOutput<N>>;

function contentHash(input: ParseTaskInput<CachedParseTask>): string {
  return createHash("sha256")
    .update("bytes" in input ? input.bytes : input.text)
    .digest("hex");
}

/**
 * Reads a user's file or pasted text once: the same content from the same user, read by the same
 * parser version, gets the stored result (or the stored refusal) without parsing again. Storing is
 * best effort: when the database cannot keep a result, the upload still succeeds.
 */
export async function parseOnce<N extends CachedParseTask>(
  name: N,
  input: ParseTaskInput<N>,
  { userId }: { userId: string },
  { parse = parseInWorker, version = parserVersion() }: { parse?: Parse; version?: string } = {},
): Promise<ParseTaskOutput<N>> {
  const db = await getDb();
  const contentSha256 = contentHash(input);
  const key = createHash("sha256").update(`${name}\n${version}\n${userId}\n${contentSha256}`).digest("hex");

  // Checked as any stored JSON is: a row that does not have its shape is read as not there.
  const found = storedParseResult(name).safeParse(await findParsedContent(db, key));
  const stored = found.success ? (found.data as Stored<ParseTaskOutput<N>>) : null;
  if (stored && "value" in stored) return stored.value;
  if (stored) throw new ExtractionError(stored.refused.problem, stored.refused.message);

  const keep = (result: Stored<ParseTaskOutput<N>>) =>
    storeParsedContent(db, { key, userId, task: name, contentSha256, parserVersion: version, result: result as never }).catch((error: unknown) =>
      logger.warn(
        { code: "parse_result_not_kept", task: name, kind: (error as Error)?.name },
        "a parse result could not be stored; the content will be parsed again next time",
      ),
    );
  try {
    const value = await parse(name, input);
    await keep({ value });
    return value;
  } catch (error) {
    if (error instanceof ExtractionError && lastingProblems.has(error.problem)) await keep({ refused: { problem: error.problem, message: error.message } });
    throw error;
  }
}
