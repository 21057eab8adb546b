import "server-only";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createParsePool, type ParsePool } from "@/lib/files/parse-pool";
import type { ParseTaskInput, ParseTaskName, ParseTaskOutput } from "@/lib/files/parse-tasks";
import { logger } from "@/lib/logger";
import { recordUploadParse } from "@/lib/metrics/record";

// What a worker may use beyond its heap (pdf.js's decoded streams live outside it) before the pool
// stops it: enough for the largest stream a file may inflate to, doubled as its buffer grows.
const headroomPerWorkerMb = 384;

const globalForPool = globalThis as unknown as { hrParsePool?: ParsePool };

/** The server's one parse pool, sized from the environment, started on first use (kept across dev reloads). */
function sharedParsePool(): ParsePool {
  if (globalForPool.hrParsePool) return globalForPool.hrParsePool;
  const env = getEnv();
  globalForPool.hrParsePool = createParsePool({
    threads: env.PARSE_WORKERS,
    maxQueue: env.PARSE_MAX_QUEUE,
    timeoutMs: env.PARSE_TIMEOUT_MS,
    heapMb: env.PARSE_WORKER_HEAP_MB,
    memoryAllowanceMb: env.PARSE_WORKERS * (env.PARSE_WORKER_HEAP_MB + headroomPerWorkerMb),
    onStopped: ({ task, reason }) => logger.warn({ code: "parse_task_stopped", task, reason }, "a file went over its parsing budget; its worker was replaced"),
  });
  return globalForPool.hrParsePool;
}

/**
 * Reads or parses a user's file or pasted text in a parse worker. Throws ExtractionError when the
 * input cannot be read or is over budget (too complex, too many pages, too much text), and an
 * AppError "unavailable" when too many files are already waiting.
 */
export function parseInWorker<N extends ParseTaskName>(name: N, input: ParseTaskInput<N>): Promise<ParseTaskOutput<N>> {
  return sharedParsePool()
    .run(name, input)
    .then(
      (output) => (recordUploadParse(name, "ok"), output),
      (error: unknown) => {
        recordUploadParse(name, error instanceof ExtractionError ? error.problem : error instanceof AppError ? error.type : "failed");
        throw error;
      },
    );
}

/** For server actions: an input that cannot be read becomes an error, of the given surface, whose message the user sees. */
export const asUserError =
  (surface: "cv" | "job") =>
  (error: unknown): never => {
    throw error instanceof ExtractionError ? new AppError(`bad_request:${surface}`, error.message) : error;
  };
