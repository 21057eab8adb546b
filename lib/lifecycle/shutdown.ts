import { AppError } from "@/lib/errors";

/** Something being written that a shutdown waits for, then cuts short: a document or a chat answer. */
export type InFlight = { controller: AbortController; finished: Promise<void> };

type State = { draining: boolean; reason: Error; drained: AbortController };

// On globalThis: instrumentation and each route are bundled apart, and must share one state.
const globalForShutdown = globalThis as unknown as { hrShutdown?: State };
const state: State = (globalForShutdown.hrShutdown ??= {
  draining: false,
  reason: new Error("the server is shutting down"),
  drained: new AbortController(),
});

/** True from SIGTERM on: new documents and answers are refused. */
export function isShuttingDown(): boolean {
  return state.draining;
}

/** Refuses new work while the server drains, with a 503 that says to try again; the browser keeps the inputs. */
export function assertAcceptingWork(surface: "generation" | "chat"): void {
  if (!state.draining) return;
  throw new AppError(
    `unavailable:${surface}`,
    surface === "chat"
      ? "The server is restarting. Ask again in a moment; your question is kept."
      : "The server is restarting. Try again in a moment; your inputs are kept.",
  );
}

/** Whether an abort came from the shutdown, so the writer saves INTERRUPTED rather than CANCELLED. */
export function abortedByShutdown(signal: AbortSignal): boolean {
  return signal.aborted && signal.reason === state.reason;
}

/** Aborts once in-flight work is settled: readers that follow rows end, so the HTTP server can close. */
export const serverDrained: AbortSignal = state.drained.signal;

type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref?.());

/**
 * Lets work in flight finish for up to `graceMs`, then aborts what is left (each writer saves its text
 * as INTERRUPTED) and waits up to `saveMs` for those saves. Refuses new work from the first moment.
 */
export async function drain(
  work: Iterable<InFlight>[],
  { graceMs, saveMs = 10_000, sleep = realSleep }: { graceMs: number; saveMs?: number; sleep?: Sleep },
): Promise<{ finished: number; interrupted: number }> {
  state.draining = true;
  const all = work.flatMap((map) => [...map]);
  const settled = new Set<InFlight>();
  for (const item of all) void item.finished.finally(() => settled.add(item));
  const everything = Promise.allSettled(all.map((item) => item.finished));
  await Promise.race([everything, sleep(graceMs)]);
  const left = all.filter((item) => !settled.has(item));
  for (const item of left) item.controller.abort(state.reason);
  await Promise.race([Promise.allSettled(left.map((item) => item.finished)), sleep(saveMs)]);
  state.drained.abort();
  return { finished: all.length - left.length, interrupted: left.length };
}
