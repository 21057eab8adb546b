import type { PrismaClient } from "@/lib/generated/prisma/client";
import { retryDelaySeconds, type JobRunner, type QueueJob } from "@/lib/queue/job";
import { nextRunAfter } from "@/lib/queue/schedule";

// The embedded database belongs to one process, so its jobs run in that process: the same job code,
// retries and daily schedule as on pg-boss, with the queue held in memory. A job lost to a restart is
// found again by the start-up sweep of its own data (see lib/exit/jobs/summary-status.ts).

type Options = {
  jobs: readonly QueueJob[];
  db: PrismaClient;
  /** Waits between retries; tests pass one that records instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  onFailed?: (name: string, error: unknown) => void;
  /** Runs at the same time; more wait their turn. */
  concurrency?: number;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export function startMemoryRunner({ jobs, db, sleep = realSleep, now = () => new Date(), onFailed, concurrency = 2 }: Options): JobRunner {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const waiting: { job: QueueJob; data: object; key?: string }[] = [];
  const running = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping = false;

  async function runWithRetries(job: QueueJob, data: object) {
    for (let attempt = 1; !stopping; attempt++) {
      const finalAttempt = attempt > job.retry.limit;
      try {
        await job.run(data, { db, attempt, finalAttempt });
        return;
      } catch (error) {
        if (finalAttempt) return onFailed?.(job.name, error);
        await sleep(retryDelaySeconds(job.retry, attempt) * 1000);
      }
    }
  }

  function pump() {
    while (!stopping && running.size < concurrency && waiting.length) {
      const { job, data } = waiting.shift()!;
      const run = runWithRetries(job, data).finally(() => {
        running.delete(run);
        pump();
      });
      running.add(run);
    }
  }

  function send(name: string, data: object) {
    const job = byName.get(name);
    if (!job) throw new Error(`No job named ${name}`);
    if (stopping) return;
    const key = job.keyOf?.(data);
    // As pg-boss does for a keyed job: one waiting copy is enough.
    if (key !== undefined && waiting.some((w) => w.job === job && w.key === key)) return;
    waiting.push({ job, data, key });
    pump();
  }

  function scheduleDaily(job: QueueJob & { daily: NonNullable<QueueJob["daily"]> }) {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        send(job.name, {});
        scheduleDaily(job);
      },
      nextRunAfter(job.daily, now()).getTime() - now().getTime(),
    );
    timer.unref();
    timers.add(timer);
  }

  for (const job of jobs) {
    if (!job.daily) continue;
    // Nothing records when an embedded server last ran a daily job, and a laptop may be off at the
    // scheduled hour: run it at start too. Daily jobs are safe to repeat.
    send(job.name, {});
    scheduleDaily({ ...job, daily: job.daily });
  }

  return {
    send: async (name, data) => send(name, data),
    async stop(graceMs) {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      waiting.length = 0;
      await Promise.race([Promise.allSettled(running), realSleep(graceMs)]);
    },
  };
}
