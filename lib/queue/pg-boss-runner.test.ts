import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases, type TestDatabase } from "@/lib/db/testing/databases";
import { exitJobs } from "@/lib/exit/jobs/definitions";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import { createInterview, createOrganisation, fixtureTurns } from "@/lib/exit/jobs/testing/interviews";
import { summariseInterview } from "@/lib/exit/analysis/summarise";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defineJob, type JobRunner } from "@/lib/queue/job";
import { PG_BOSS_SCHEMA, startPgBossRunner } from "@/lib/queue/pg-boss-runner";
import { cronOf } from "@/lib/queue/schedule";

// pg-boss on a real Postgres (TEST_DATABASE_URL): it shares the app's database with the migrator,
// and runs the app's jobs end to end. Skipped when no Postgres server is given.
const postgres = testDatabases().find((db): db is TestDatabase & { name: "postgres" } => db.name === "postgres");
const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"));

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!postgres)("the pg-boss runner on Postgres", () => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let url: string;
  let sql: pg.Client;
  let runner: JobRunner | undefined;
  let attempts = 0;

  const alwaysFails = defineJob({
    name: "always-fails",
    data: z.object({}),
    retry: { limit: 2, delaySeconds: 0, backoff: false },
    timeoutSeconds: 60,
    run: async () => {
      attempts++;
      throw new Error("this job always fails");
    },
  });

  beforeAll(async () => {
    const opened = await openTestDatabase(postgres!);
    open = opened.open;
    if (opened.target.kind !== "postgres") throw new Error("expected a Postgres target");
    url = opened.target.url;
    await open.withMigrationLock((conn) => applyMigrations(conn, migrations));
    db = open.prisma;
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
    runner = await startPgBossRunner({ url, db, jobs: [...exitJobs({ route: () => null }), alwaysFails], pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await runner?.stop(1_000);
    await sql?.end();
    await open?.close();
    await postgres?.dispose();
  });

  it("keeps its tables in their own schema, and the migrator still finds nothing to do", async () => {
    const schemas = await sql.query<{ table_schema: string }>("SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name = 'job'");
    expect(schemas.rows.map((r) => r.table_schema)).toEqual([PG_BOSS_SCHEMA]);
    expect(await open.withMigrationLock((conn) => applyMigrations(conn, migrations))).toEqual([]);
    const applied = await sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(applied.rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
  });

  it("schedules the retention purge once a day", async () => {
    const schedules = await sql.query<{ name: string; cron: string }>(`SELECT name, cron FROM ${PG_BOSS_SCHEMA}.schedule`);
    const retention = exitJobs({ route: () => null }).find((job) => job.name === "exit-retention")!;
    expect(schedules.rows).toEqual([{ name: "exit-retention", cron: cronOf(retention.daily!) }]);
  });

  it("runs a summary job end to end: sent, picked up by a worker, written", async () => {
    const { id } = await createInterview(db, (await createOrganisation(db)).id);
    await runner!.send("exit-summary", { interviewId: id });
    const row = await until(async () => {
      const found = await db.exitInterview.findUniqueOrThrow({ where: { id }, select: { summary: true, summaryStatus: true } });
      return found.summaryStatus === "done" ? found : undefined;
    });
    expect(storedSummary.read(row.summary, id)).toEqual(summariseInterview(fixtureTurns, { withdrawn: false }));
    const jobs = await sql.query<{ state: string }>(`SELECT state FROM ${PG_BOSS_SCHEMA}.job WHERE name = 'exit-summary' AND data->>'interviewId' = $1`, [id]);
    expect(jobs.rows).toEqual([{ state: "completed" }]);
  });

  it("retries a job that throws, then marks it failed", async () => {
    await runner!.send("always-fails", {});
    const state = await until(async () => {
      const { rows } = await sql.query<{ state: string; retry_count: number }>(
        `SELECT state, retry_count FROM ${PG_BOSS_SCHEMA}.job WHERE name = 'always-fails'`,
      );
      return rows[0]?.state === "failed" ? rows[0] : undefined;
    });
    expect(state).toEqual({ state: "failed", retry_count: alwaysFails.retry.limit });
    expect(attempts).toBe(alwaysFails.retry.limit + 1);
  });
});
