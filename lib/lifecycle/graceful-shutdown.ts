import "server-only";
import { activeAnswers } from "@/lib/chat/active-answers";
import { activeGenerations } from "@/lib/generation/active";
import { drain } from "@/lib/lifecycle/shutdown";
import { logger } from "@/lib/logger";

// Past the grace and the final saves, exit even if a connection still holds the HTTP server open.
const HARD_EXIT_AFTER_MS = 15_000;

/**
 * Takes over SIGTERM from Next: Next's own handler closes the HTTP server at once and exits as soon
 * as open responses end, which cuts documents still being written for a browser that left. Here
 * new work is refused (503) while the server still answers, work in flight gets `graceMs` to finish,
 * what is left is saved as INTERRUPTED, and only then does Next's handler close the server and exit.
 */
export function installGracefulShutdown(graceMs: number): void {
  const nextHandlers = process.listeners("SIGTERM");
  process.removeAllListeners("SIGTERM");
  let started = false;
  process.on("SIGTERM", () => {
    // A second SIGTERM (a supervisor repeating itself) changes nothing: the grace still applies.
    if (started) return;
    started = true;
    logger.info({ graceMs, generations: activeGenerations.size, answers: activeAnswers.size }, "shutting down: letting streams finish");
    setTimeout(() => process.exit(143), graceMs + HARD_EXIT_AFTER_MS).unref();
    void drain([activeGenerations.values(), activeAnswers.values()], { graceMs })
      .then((result) => logger.info(result, "streams settled; closing the server"))
      .catch((error: unknown) => logger.error({ kind: (error as Error)?.name }, "shutdown drain failed"))
      .finally(() => {
        if (nextHandlers.length === 0) process.exit(143);
        for (const handler of nextHandlers) handler("SIGTERM");
      });
  });
}
