import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defineJob, retryDelaySeconds, type JobContext } from "@/lib/queue/job";
import { startMemoryRunner } from "@/lib/queue/memory-runner";

// The runner's own behaviour; the jobs here never touch the database.
const db = {} as PrismaClient;

/** A job that throws its first `failures` runs, recording each run's context. */
function flakyJob(failures: number, retry = { limit: 2, delaySeconds: 10, backoff: true }) {
  const runs: Omit<JobContext, "db">[] = [];
  const gaveUp: string[] = [];
  let finish = () => undefined as void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const job = defineJob({
    name: "flaky",
    data: z.object({ id: z.string() }),
    keyOf: ({ id }) => id,
    retry,
    timeoutSeconds: 60,
    async run({ id }, { attempt, finalAttempt }) {
      runs.push({ attempt, finalAttempt });
      if (runs.length <= failures) {
        if (finalAttempt) finish();
        throw new Error(`run ${runs.length} of ${id} failed`);
      }
      finish();
    },
    gaveUp: async ({ id }) => void gaveUp.push(id),
  });
  return { job, runs, gaveUp, done };
}

describe("the in-process job runner", () => {
  it("retries a job that throws with doubling waits, then gives up after the last attempt", async () => {
    const retry = { limit: 2, delaySeconds: 10, backoff: true };
    const { job, runs, gaveUp, done } = flakyJob(Infinity, retry);
    const waits: number[] = [];
    const failed: string[] = [];
    const runner = startMemoryRunner({ jobs: [job], db, sleep: async (ms) => void waits.push(ms), onFailed: (name) => failed.push(name) });
    await runner.send("flaky", { id: "a" });
    await done;
    await runner.stop(1_000);
    expect(runs).toEqual([
      { attempt: 1, finalAttempt: false },
      { attempt: 2, finalAttempt: false },
      { attempt: 3, finalAttempt: true },
    ]);
    expect(waits).toEqual([retryDelaySeconds(retry, 1) * 1000, retryDelaySeconds(retry, 2) * 1000]);
    expect(waits[1]).toBe(2 * waits[0]!);
    expect(gaveUp).toEqual(["a"]);
    expect(failed).toEqual(["flaky"]);
  });

  it("stops retrying once a run succeeds", async () => {
    const { job, runs, gaveUp, done } = flakyJob(1);
    const failed: string[] = [];
    const runner = startMemoryRunner({ jobs: [job], db, sleep: async () => undefined, onFailed: (name) => failed.push(name) });
    await runner.send("flaky", { id: "b" });
    await done;
    await runner.stop(1_000);
    expect(runs.map((r) => r.attempt)).toEqual([1, 2]);
    expect(gaveUp).toEqual([]);
    expect(failed).toEqual([]);
  });

  it("queues a keyed job once while a copy waits", async () => {
    const seen: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = defineJob({
      name: "keyed",
      data: z.object({ id: z.string() }),
      keyOf: ({ id }) => id,
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      timeoutSeconds: 60,
      async run({ id }) {
        seen.push(id);
        await gate;
      },
    });
    const runner = startMemoryRunner({ jobs: [job], db, concurrency: 1 });
    await runner.send("keyed", { id: "first" });
    // "first" is running; of the three sends below, two are the same waiting key.
    await runner.send("keyed", { id: "second" });
    await runner.send("keyed", { id: "second" });
    await runner.send("keyed", { id: "third" });
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await runner.stop(1_000);
    expect(seen).toEqual(["first", "second", "third"]);
  });

  it("runs a daily job when it starts, and not again before its time", async () => {
    const runs: Date[] = [];
    const job = defineJob({
      name: "daily",
      data: z.object({}),
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      timeoutSeconds: 60,
      daily: { hourUtc: 3, minuteUtc: 15 },
      run: async () => void runs.push(new Date()),
    });
    const runner = startMemoryRunner({ jobs: [job], db });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await runner.stop(1_000);
    expect(runs).toHaveLength(1);
  });

  it("refuses data that does not match the job's schema, as a failed run", async () => {
    const { job, runs } = flakyJob(0, { limit: 0, delaySeconds: 0, backoff: false });
    const failed: unknown[] = [];
    const runner = startMemoryRunner({ jobs: [job], db, onFailed: (_, error) => failed.push(error) });
    await runner.send("flaky", { nope: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await runner.stop(1_000);
    expect(runs).toEqual([]);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toBeInstanceOf(z.ZodError);
  });
});
