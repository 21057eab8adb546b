import "server-only";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { exitJobs } from "@/lib/exit/jobs/definitions";
import { backgroundModelRoute } from "@/lib/exit/jobs/model-route";
import { resumePendingSummaries } from "@/lib/exit/jobs/summary-status";
import { parseJobs } from "@/lib/files/parse-jobs";
import { logger } from "@/lib/logger";
import type { JobRunner } from "@/lib/queue/job";
import { startMemoryRunner } from "@/lib/queue/memory-runner";
import { startPgBossRunner } from "@/lib/queue/pg-boss-runner";
import { stopOnShutdown } from "@/lib/queue/shutdown";

// One runner per process, kept on globalThis: Next loads this module again in each bundle and on
// every reload in development, and a second runner would double every worker and schedule.
const globalForJobs = globalThis as unknown as { hrJobs?: Promise<JobRunner> };

const logFailure = (name: string, error: unknown) =>
  logger.error({ job: name, kind: error instanceof Error ? error.name : typeof error }, "background job failed after its last retry");

async function start(): Promise<JobRunner> {
  const env = getEnv();
  const db = await getDb();
  const jobs = [
    ...exitJobs({
      route: backgroundModelRoute,
      // Only the kind of error: a model's error may carry what it was sent.
      onModelFailure: (error) =>
        logger.warn(
          { code: "exit_summary_model_failed", kind: error instanceof Error ? error.name : typeof error },
          "no model gave a valid summary; kept the offline one",
        ),
    }),
    ...parseJobs(),
  ];
  const runner = env.DATABASE_URL
    ? await startPgBossRunner({
        url: env.DATABASE_URL,
        jobs,
        db,
        onFailed: logFailure,
        onError: (error) => logger.error({ kind: error.name, message: error.message }, "job queue error"),
      })
    : startMemoryRunner({ jobs, db, onFailed: logFailure });
  stopOnShutdown(runner);
  // A summary whose job was lost (an in-process queue at a restart, a send that failed) is queued again.
  const resumed = await resumePendingSummaries(db, (interviewId) => runner.send("exit-summary", { interviewId })).catch((error: unknown) => {
    logger.warn({ kind: (error as Error)?.name, code: (error as { code?: string })?.code }, "pending summaries not queued again");
    return 0;
  });
  logger.info({ queue: env.DATABASE_URL ? "pg-boss" : "in-process", resumed }, "background jobs started");
  return runner;
}

/** The process's job runner, started with its workers and schedules on first use. */
export function jobRunner(): Promise<JobRunner> {
  globalForJobs.hrJobs ??= start().catch((error: unknown) => {
    globalForJobs.hrJobs = undefined;
    throw error;
  });
  return globalForJobs.hrJobs;
}
