// Entry of a parse worker thread. scripts/build-workers.mjs bundles it to .workers/parse-worker.mjs,
// which the parse pool starts; it is never imported by server code.
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { parseTasks, type ParseReply, type ParseRequest } from "@/lib/files/parse-tasks";

// pdf.js inflates a content stream through DecompressionStream when there is one: Node's zlib, in
// 16 KB pieces held until the end. The C allocator keeps such small pieces after a worker is stopped,
// so each stopped bomb would leave its memory with the process. Without it, pdf.js inflates into one
// growing buffer, which is returned to the system when the worker ends.
Reflect.deleteProperty(globalThis, "DecompressionStream");

export default async function parseInWorker({ name, input }: ParseRequest): Promise<ParseReply> {
  const task = parseTasks[name] as (input: ParseRequest["input"]) => unknown;
  try {
    return { ok: true, value: await task(input) };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, problem: error.problem, message: error.message };
    throw error;
  }
}
