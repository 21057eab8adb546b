import fs from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { looksLikePdf } from "@/lib/cv/extract/file-type";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { ParseReply, ParseRequest, ParseTaskInput, ParseTaskName, ParseTaskOutput } from "@/lib/files/parse-tasks";

/** Why a task was stopped before it finished; each is reported to the user as a file too complex to read. */
export type StopReason = "timeout" | "memory" | "out_of_memory" | "stack_or_allocation";

export type ParsePoolOptions = {
  /** Worker threads at most. */
  threads: number;
  /** Tasks that may wait for a free worker; past that, callers are told the server is busy. */
  maxQueue: number;
  /** Wall-clock time a task may run, counted from when a worker takes it (waiting is not counted). */
  timeoutMs: number;
  /** JavaScript heap of each worker (V8 old generation); a worker that needs more is stopped. */
  heapMb: number;
  /**
   * How far the process's resident memory, leaving out the main thread's heap and buffers, may grow
   * past what it was when the pool started. Covers what the heap limit does not: ArrayBuffers.
   */
  memoryAllowanceMb: number;
  /** Told whenever a task is stopped and its worker replaced. */
  onStopped?: (event: { task: ParseTaskName; reason: StopReason }) => void;
  /** The bundled worker; by default .workers/parse-worker.mjs in the project directory. */
  workerFile?: string;
};

export type ParsePool = {
  run<N extends ParseTaskName>(name: N, input: ParseTaskInput<N>): Promise<ParseTaskOutput<N>>;
  /** Ids of the live worker threads, so a replaced worker can be seen. */
  threadIds(): number[];
  close(): Promise<void>;
};

const defaultWorkerFile = () => path.join(process.cwd(), ".workers", "parse-worker.mjs");

const memorySampleMs = 50;

function busyError(): AppError {
  return new AppError("unavailable:cv", "The server is reading many files right now. Try again in a minute.", { retryAfterSeconds: 30 });
}

/** The refusal for a task that was stopped, worded for what the user sent. */
function tooComplexError(input: ParseRequest["input"]): ExtractionError {
  if (!("bytes" in input))
    return new ExtractionError("too_complex", "This text is too complex to read. Remove unusual characters or long runs of symbols, and try again.");
  if (looksLikePdf(input.bytes)) return new ExtractionError("too_complex");
  return new ExtractionError("too_complex", "This file is too complex to read. Save it again from your editor, or paste the text instead.");
}

/** Why a failed task failed, when the failure means the file was over budget; null for a bug. */
function stopReasonOf(error: unknown, signal: AbortSignal): StopReason | null {
  if (signal.aborted) return signal.reason === "memory" ? "memory" : "timeout";
  if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") return "out_of_memory";
  // Stack overflow on deeply nested structures, or an ArrayBuffer too large to allocate.
  if ((error as { name?: string }).name === "RangeError") return "stack_or_allocation";
  return null;
}

/**
 * A pool of worker threads that read and parse users' files, so that no file can stall or crash the
 * server: each worker has a heap limit, each task a wall-clock timeout, the process's memory is
 * watched while tasks run, and a stopped worker is replaced. Few tasks wait; the rest are refused.
 */
export function createParsePool(options: ParsePoolOptions): ParsePool {
  const workerFile = options.workerFile ?? defaultWorkerFile();
  // Only this one file is read; without the comment Next would trace the whole project for it.
  if (!fs.existsSync(/* turbopackIgnore: true */ workerFile))
    throw new Error(`No parse worker at ${workerFile}: run \`npm run build:workers\` (npm runs it before dev and build).`);
  const piscina = new Piscina<ParseRequest, ParseReply>({
    filename: workerFile,
    minThreads: 1,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    // Admission below hands piscina at most `threads` tasks; the slack covers a worker being replaced.
    maxQueue: options.threads,
    concurrentTasksPerWorker: 1,
    // Workers run at a lower CPU priority than the thread that answers requests.
    niceIncrement: 10,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  // A worker stopped for one task can still report its heap overrun after the task has been settled;
  // piscina emits that as an 'error' event, which, unheard, would be an uncaught exception in the server.
  piscina.on("error", (error: unknown) => logger.warn({ code: (error as { code?: string }).code ?? "worker_error" }, "parse worker stopped between tasks"));

  // Admission: piscina's own queue would start a task's timeout while it waits, so a file queued
  // behind slow ones could be refused as too complex. Tasks wait here instead, and the clock starts
  // when a worker is free.
  let running = 0;
  const waiting: (() => void)[] = [];
  async function admit(): Promise<void> {
    if (running < options.threads) {
      running++;
      return;
    }
    if (waiting.length >= options.maxQueue) throw busyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  function leave() {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  // Memory: the heap limit does not cover ArrayBuffers, where pdf.js decodes streams, so the process
  // is watched while tasks run. The measure leaves out the main thread's own heap and buffers. The
  // ceiling is fixed when the pool starts: memory the C allocator keeps after a stopped worker would
  // otherwise raise it a little with every bomb.
  const offMainThreadBytes = () => {
    const usage = process.memoryUsage();
    return usage.rss - usage.heapTotal - usage.external;
  };
  const memoryCeiling = offMainThreadBytes() + options.memoryAllowanceMb * 1024 * 1024;
  const inFlight = new Set<AbortController>();
  let sampler: NodeJS.Timeout | undefined;
  function watchMemory() {
    sampler ??= setInterval(() => {
      if (offMainThreadBytes() <= memoryCeiling) return;
      // Memory is per process, not per thread: every running task is stopped.
      for (const controller of inFlight) controller.abort("memory");
    }, memorySampleMs).unref();
  }
  function stopWatchingWhenIdle() {
    if (inFlight.size > 0) return;
    clearInterval(sampler);
    sampler = undefined;
  }

  async function run<N extends ParseTaskName>(name: N, input: ParseTaskInput<N>): Promise<ParseTaskOutput<N>> {
    await admit();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort("timeout"), options.timeoutMs);
    inFlight.add(controller);
    watchMemory();
    try {
      const reply = await piscina.run({ name, input } as ParseRequest, { signal: controller.signal });
      if (!reply.ok) throw new ExtractionError(reply.problem, reply.message);
      return reply.value as ParseTaskOutput<N>;
    } catch (error) {
      if (error instanceof ExtractionError) throw error;
      const reason = stopReasonOf(error, controller.signal);
      if (!reason) throw error;
      options.onStopped?.({ task: name, reason });
      throw tooComplexError(input as ParseRequest["input"]);
    } finally {
      clearTimeout(timer);
      inFlight.delete(controller);
      stopWatchingWhenIdle();
      leave();
    }
  }

  return {
    run,
    threadIds: () => piscina.threads.map((thread) => thread.threadId),
    close: async () => {
      clearInterval(sampler);
      await piscina.close({ force: true });
    },
  };
}
