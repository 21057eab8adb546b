import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import { createInterview, createOrganisation, fixtureTurns } from "@/lib/exit/jobs/testing/interviews";
import { summariseInterview } from "@/lib/exit/analysis/summarise";
import { PURGED_NAME } from "@/lib/exit/jobs/retention";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The quick start's path end to end: no DATABASE_URL, so the app's own getDb() opens an in-memory
// PGlite and the jobs run in process. Both read the environment once, so it is set before import.
let db: PrismaClient;
let queue: { startJobs: () => Promise<void>; enqueueJob: typeof import("@/lib/queue/enqueue").enqueueJob };
const globalForJobs = globalThis as unknown as { hrJobs?: Promise<{ stop: (graceMs: number) => Promise<void> }> };

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  process.env.PGLITE_DIR = "memory://";
  delete process.env.DATABASE_URL;
  delete process.env.GROQ_API_KEY;
  delete process.env.OLLAMA_BASE_URL;
  db = await (await import("@/lib/db/client")).getDb();
  queue = { ...(await import("@/lib/queue/start")), ...(await import("@/lib/queue/enqueue")) };
});
afterAll(async () => {
  await (await globalForJobs.hrJobs)?.stop(1_000);
  await db?.$disconnect();
});

describe("background jobs in embedded mode", () => {
  it("start once per process, purge at start what retention has expired, and queue summaries left pending", async () => {
    const org = (await createOrganisation(db, 30)).id;
    const expired = (await createInterview(db, org, "COMPLETED", { createdAt: new Date("2020-01-01"), completedAt: new Date("2020-01-02") })).id;
    // Completed while no runner was up: it waits as pending.
    const waiting = (await createInterview(db, org)).id;

    await queue.startJobs();
    const first = globalForJobs.hrJobs;
    await queue.startJobs();
    expect(globalForJobs.hrJobs).toBe(first);

    await until(async () => ((await db.exitInterview.findUniqueOrThrow({ where: { id: expired } })).purgedAt ? true : undefined));
    expect((await db.exitInterview.findUniqueOrThrow({ where: { id: expired } })).employeeName).toBe(PURGED_NAME);
    await until(async () => ((await db.exitInterview.findUniqueOrThrow({ where: { id: waiting } })).summaryStatus === "done" ? true : undefined));
  });

  it("writes the summary of an interview enqueued when it completes", async () => {
    const { id } = await createInterview(db, (await createOrganisation(db)).id);
    await queue.enqueueJob("exit-summary", { interviewId: id });
    const row = await until(async () => {
      const found = await db.exitInterview.findUniqueOrThrow({ where: { id } });
      return found.summaryStatus === "done" ? found : undefined;
    });
    expect(storedSummary.read(row.summary, id)).toEqual(summariseInterview(fixtureTurns, { withdrawn: false }));
  });
});
