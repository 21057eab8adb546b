import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type TestDatabase } from "@/lib/db/testing/databases";
import { summariseInterview } from "@/lib/exit/analysis/summarise";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import { createInterview, createOrganisation, fixtureTurns } from "@/lib/exit/jobs/testing/interviews";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The app's own path on Postgres (TEST_DATABASE_URL): getDb() migrates a fresh database, startJobs()
// starts pg-boss in it, and enqueueJob() hands a summary to pg-boss's worker. The environment is read
// once, so it is set before import. Skipped when no Postgres server is given.
const postgres = testDatabases().find((db): db is TestDatabase & { name: "postgres" } => db.name === "postgres");
const globalForJobs = globalThis as unknown as { hrJobs?: Promise<{ stop: (graceMs: number) => Promise<void> }> };
let db: PrismaClient;
let queue: { startJobs: () => Promise<void>; enqueueJob: typeof import("@/lib/queue/enqueue").enqueueJob };

beforeAll(async () => {
  if (!postgres) return;
  const target = await postgres.target();
  if (target.kind !== "postgres") throw new Error("expected a Postgres target");
  process.env.DATABASE_URL = target.url;
  delete process.env.GROQ_API_KEY;
  delete process.env.OLLAMA_BASE_URL;
  db = await (await import("@/lib/db/client")).getDb();
  queue = { ...(await import("@/lib/queue/start")), ...(await import("@/lib/queue/enqueue")) };
});
afterAll(async () => {
  await (await globalForJobs.hrJobs)?.stop(1_000);
  await db?.$disconnect();
  await postgres?.dispose();
});

describe.skipIf(!postgres)("background jobs on Postgres", () => {
  it("run an enqueued summary on pg-boss's worker and write it", async () => {
    await queue.startJobs();
    const { id } = await createInterview(db, (await createOrganisation(db)).id);
    await queue.enqueueJob("exit-summary", { interviewId: id });
    const started = Date.now();
    let row = await db.exitInterview.findUniqueOrThrow({ where: { id } });
    while (row.summaryStatus !== "done" && Date.now() - started < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await db.exitInterview.findUniqueOrThrow({ where: { id } });
    }
    expect(row.summaryStatus).toBe("done");
    expect(storedSummary.read(row.summary, id)).toEqual(summariseInterview(fixtureTurns, { withdrawn: false }));
  });
});
