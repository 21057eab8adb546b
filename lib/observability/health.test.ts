import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointAppAtTestDoubles } from "@/lib/ai/testing/app-environment";
import { startStubLlm } from "@/scripts/stub-llm.mjs";

// The real checks, on a migrated in-memory PGlite with its in-process job queue, and Groq and Ollama
// served by the stub LLM.
let stub: Awaited<ReturnType<typeof startStubLlm>>;
let health: typeof import("@/lib/observability/health");
let runtime: typeof import("@/lib/ai/runtime");

beforeAll(async () => {
  stub = await startStubLlm({ tokenDelayMs: 1 });
  pointAppAtTestDoubles(stub.url);
  health = await import("@/lib/observability/health");
  runtime = await import("@/lib/ai/runtime");
  // As instrumentation.ts does before the server takes requests: a database still migrating is not ready.
  await (await import("@/lib/queue/system")).jobRunner();
});
afterAll(() => stub.close());

const forgetProbes = () => delete runtime.getAiRuntime().options;

describe("readiness", () => {
  it("is ready when the database answers with every migration applied and the jobs run, and reports each configured provider", async () => {
    expect(await health.checkReadiness()).toEqual({
      ready: true,
      database: "up",
      migrations: "applied",
      jobs: "running",
      providers: { groq: "up", ollama: "up", offline: "up" },
    });
  });

  it("reports a provider whose breaker opened, and one that stopped answering, without becoming unready", async () => {
    const breaker = runtime.getAiRuntime().deps.breakerFor("groq");
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    await stub.close();
    forgetProbes();
    const readiness = await health.checkReadiness();
    expect(readiness.providers).toEqual({ groq: "breaker_open", ollama: "down", offline: "up" });
    expect(readiness.ready).toBe(true);
    expect(JSON.stringify(readiness)).not.toContain("127.0.0.1");
    breaker.recordSuccess();
    stub = await startStubLlm({ tokenDelayMs: 1, port: Number(new URL(stub.url).port) });
    forgetProbes();
  });

  it("is not ready while a migration is missing from the database", async () => {
    const { getDb } = await import("@/lib/db/client");
    const db = await getDb();
    const [last] = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${last?.migration_name}`;
    try {
      expect(await health.checkReadiness()).toMatchObject({ ready: false, database: "up", migrations: "pending" });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = ${last?.migration_name}`;
    }
  });
});
