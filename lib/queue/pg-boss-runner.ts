import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobRunner, QueueJob } from "@/lib/queue/job";
import { cronOf } from "@/lib/queue/schedule";

// Jobs on Postgres with pg-boss: they are rows in its own schema of the app's database, so they
// survive restarts, and every instance's workers take from the same queues.

/** pg-boss's tables live apart from the app's, so Prisma's migrations never see them. */
export const PG_BOSS_SCHEMA = "pgboss";

type Options = {
  url: string;
  jobs: readonly QueueJob[];
  db: PrismaClient;
  /** How often an idle worker looks for work; a job sent by this process wakes its worker at once. */
  pollingIntervalSeconds?: number;
  onError?: (error: Error) => void;
  /** Told when a job's last attempt throws; pg-boss then marks it failed. */
  onFailed?: (name: string, error: unknown) => void;
};

/**
 * Instances starting together define the same queues at once, and Postgres may end one of those
 * writes as a deadlock (40P01). It has rolled that one back, so doing it again is safe.
 */
async function retryOnDeadlock<T>(define: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await define();
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt >= 5) throw error;
    }
  }
}

/** Each job's queue, worker and schedule; returns the worker ids by job name. */
async function startWorkers(
  boss: PgBoss,
  { jobs, db, pollingIntervalSeconds, onFailed }: Pick<Options, "jobs" | "db" | "onFailed"> & { pollingIntervalSeconds: number },
): Promise<Map<string, string>> {
  const workerIds = new Map<string, string>();
  for (const job of jobs) {
    const queue: PgBoss.Queue = {
      name: job.name,
      // A keyed job is queued once per key; a daily job runs on one instance at a time.
      policy: job.daily ? "singleton" : job.keyOf ? "short" : "standard",
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      expireInSeconds: job.timeoutSeconds,
    };
    // createQueue keeps an existing queue as it is; the update brings its policy up to this code's.
    await retryOnDeadlock(() => boss.createQueue(job.name, queue));
    await retryOnDeadlock(() => boss.updateQueue(job.name, queue));
    const workerId = await boss.work<object>(job.name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, async ([found]) => {
      if (!found) return;
      const finalAttempt = found.retryCount >= found.retryLimit;
      try {
        await job.run(found.data, { db, attempt: found.retryCount + 1, finalAttempt });
      } catch (error) {
        if (finalAttempt) onFailed?.(job.name, error);
        throw error;
      }
    });
    workerIds.set(job.name, workerId);
    if (job.daily) {
      const cron = cronOf(job.daily);
      await retryOnDeadlock(() => boss.schedule(job.name, cron, {}, { tz: "UTC" }));
    }
  }
  return workerIds;
}

export async function startPgBossRunner({ url, jobs, db, pollingIntervalSeconds = 5, onError, onFailed }: Options): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: url, schema: PG_BOSS_SCHEMA, max: 4, application_name: "hr-copilot-jobs" });
  if (onError) boss.on("error", onError);
  // Creates or upgrades pg-boss's schema, under its own advisory lock, when an instance starts.
  await boss.start();
  const workerIds = await startWorkers(boss, { jobs, db, pollingIntervalSeconds, onFailed }).catch(async (error: unknown) => {
    await boss.stop({ graceful: false, wait: true });
    throw error;
  });
  const byName = new Map(jobs.map((job) => [job.name, job]));
  return {
    async send(name, data) {
      const job = byName.get(name);
      if (!job) throw new Error(`No job named ${name}`);
      const singletonKey = job.keyOf?.(data);
      await boss.send(name, data, singletonKey ? { singletonKey } : {});
      // This instance's worker looks now rather than at its next poll; any other instance may take it first.
      const workerId = workerIds.get(name);
      if (workerId) boss.notifyWorker(workerId);
    },
    // Jobs still running at the end of the grace period are failed by pg-boss and retried later.
    stop: (graceMs) => boss.stop({ graceful: true, timeout: graceMs, wait: true }),
  };
}
