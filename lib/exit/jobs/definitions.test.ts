import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { exitJobs } from "@/lib/exit/jobs/definitions";
import { createInterview, createOrganisation } from "@/lib/exit/jobs/testing/interviews";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startMemoryRunner } from "@/lib/queue/memory-runner";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("the exit jobs on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("marks the summary failed when every attempt throws, and only then", async () => {
    const { id } = await createInterview(db, (await createOrganisation(db)).id);
    let runs = 0;
    const jobs = exitJobs({
      route: () => {
        runs++;
        throw new Error("the runtime cannot be read");
      },
    }).filter((job) => job.name === "exit-summary");
    const statuses: (string | null)[] = [];
    const failed: string[] = [];
    const runner = startMemoryRunner({
      jobs,
      db,
      // Before each retry: the status HR sees while the job is still being retried.
      sleep: async () => void statuses.push((await db.exitInterview.findUniqueOrThrow({ where: { id } })).summaryStatus),
      onFailed: (name) => failed.push(name),
    });
    await runner.send("exit-summary", { interviewId: id });
    while (!failed.length) await new Promise((resolve) => setTimeout(resolve, 20));
    await runner.stop(1_000);

    const limit = jobs[0]!.retry.limit;
    expect(runs).toBe(limit + 1);
    expect(statuses).toEqual(Array.from({ length: limit }, () => "pending"));
    expect((await db.exitInterview.findUniqueOrThrow({ where: { id } })).summaryStatus).toBe("failed");
  });
});
