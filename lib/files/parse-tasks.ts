import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import type { ExtractionProblem } from "@/lib/cv/extract/extraction-error";
import { checkCvTextLength, readCvFile, readCvText } from "@/lib/cv/ingest";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import { analyzePosting } from "@/lib/jobs/analyze";
import { readPostingFile } from "@/lib/jobs/read-posting-file";

type FileInput = { bytes: Uint8Array; maxBytes: number };

/**
 * Everything the server does with a user's file or pasted text that can cost much time or memory,
 * run in a parse worker. Inputs and results are plain data: they are copied between threads.
 */
export const parseTasks = {
  /** An uploaded CV: checked, read and parsed into a profile. */
  cvFile: ({ bytes, maxBytes }: FileInput) => readCvFile(bytes, { maxBytes }),
  /** A CV pasted as text, parsed into a profile. */
  cvText: ({ text }: { text: string }) => readCvText(text),
  /** An uploaded job posting: its text and analysis. */
  postingFile: async ({ bytes, maxBytes }: FileInput) => {
    const text = await readPostingFile(bytes, { maxBytes });
    return { text, analysis: analyzePosting(text) };
  },
  /** A pasted job posting's analysis. */
  postingText: ({ text }: { text: string }) => analyzePosting(text),
  /** A tailored CV exported by the browser, read back as a fresh upload would be. */
  roundTrip: async ({ bytes, maxBytes }: FileInput) => {
    const { lines } = await extractCvText(bytes, { maxBytes });
    checkCvTextLength(lines);
    return { lines, profile: parseProfileHeuristically(lines) };
  },
};

export type ParseTaskName = keyof typeof parseTasks;
export type ParseTaskInput<N extends ParseTaskName> = Parameters<(typeof parseTasks)[N]>[0];
export type ParseTaskOutput<N extends ParseTaskName> = Awaited<ReturnType<(typeof parseTasks)[N]>>;

export type ParseRequest = { [N in ParseTaskName]: { name: N; input: ParseTaskInput<N> } }[ParseTaskName];

/**
 * What a worker sends back. An Error crossing threads keeps only its name and message, so a refusal
 * travels as its problem and message and becomes an ExtractionError again on the main thread.
 */
export type ParseReply = { ok: true; value: unknown } | { ok: false; problem: ExtractionProblem; message: string };
