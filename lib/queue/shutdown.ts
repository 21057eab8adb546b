import type { JobRunner } from "@/lib/queue/job";

/** How long running jobs get to finish when the server is asked to stop. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops the runner when the process is asked to stop. Next's own handler exits after the HTTP server
 * closes; a job cut off then is retried by pg-boss once its run times out. Where nothing else listens
 * (a script), the signal is raised again after the stop, so the process still ends.
 */
export function stopOnShutdown(runner: JobRunner): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void runner
        .stop(SHUTDOWN_GRACE_MS)
        .catch(() => undefined)
        .finally(() => {
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
        });
    });
  }
}
