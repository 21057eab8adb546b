import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DailyAt } from "@/lib/queue/schedule";

// A background job as both runners see it: pg-boss on Postgres, the in-process runner on PGlite.
// The job's code is the same on both; only where it waits and who picks it up differ.

export type JobContext = {
  db: PrismaClient;
  /** 1 for the first run, then one more per retry. */
  attempt: number;
  /** No retry follows when this run throws: the job is marked failed. */
  finalAttempt: boolean;
};

/** Retries after a throw: `limit` more runs, `delaySeconds` apart, doubling each time when `backoff`. */
export type RetryPolicy = { limit: number; delaySeconds: number; backoff: boolean };

export type QueueJob = {
  name: string;
  retry: RetryPolicy;
  /** A run still going after this long counts as lost (its worker died) and is retried. */
  timeoutSeconds: number;
  /** Run once a day at this UTC time, on one instance. */
  daily?: DailyAt;
  /** Jobs with the same key are queued once: sending it again while one waits adds nothing. */
  keyOf?: (data: unknown) => string | undefined;
  run(data: unknown, context: JobContext): Promise<void>;
};

/** The runner a process sends jobs to. */
export interface JobRunner {
  send(name: string, data: object): Promise<void>;
  /** Stops taking jobs, and waits up to `graceMs` for those running to finish. */
  stop(graceMs: number): Promise<void>;
}

type JobSpec<D> = Omit<QueueJob, "run" | "keyOf"> & {
  data: z.ZodType<D>;
  keyOf?: (data: D) => string;
  run(data: D, context: JobContext): Promise<void>;
  /** Called when the final attempt throws, before the job is marked failed. */
  gaveUp?(data: D, context: JobContext): Promise<void>;
};

/** A job whose data is checked against its schema before every run: queued data outlives code versions. */
export function defineJob<D>({ data: schema, keyOf, run, gaveUp, ...rest }: JobSpec<D>): QueueJob {
  return {
    ...rest,
    keyOf:
      keyOf &&
      ((raw) => {
        const parsed = schema.safeParse(raw);
        return parsed.success ? keyOf(parsed.data) : undefined;
      }),
    async run(raw, context) {
      const data = schema.parse(raw);
      try {
        await run(data, context);
      } catch (error) {
        if (context.finalAttempt && gaveUp) await gaveUp(data, context).catch(() => undefined);
        throw error;
      }
    },
  };
}

/** Seconds before retry number `retry` (1 for the first), as pg-boss waits without its jitter. */
export function retryDelaySeconds(policy: RetryPolicy, retry: number): number {
  return policy.backoff ? policy.delaySeconds * 2 ** (retry - 1) : policy.delaySeconds;
}
