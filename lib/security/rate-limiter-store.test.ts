import { randomBytes } from "node:crypto";
import path from "node:path";
import Redis from "ioredis";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { createRateLimiter, type RateLimitStore } from "@/lib/security/rate-limiter-store";

// Real stores: Redis at TEST_REDIS_URL, Postgres through Prisma in a throwaway database.
const redisUrl = process.env.TEST_REDIS_URL;
const postgres = testDatabases().find((d) => d.name === "postgres");
let redis: Redis | undefined;
let db: OpenDatabase | undefined;

beforeAll(async () => {
  if (redisUrl) redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  if (postgres) {
    ({ open: db } = await openTestDatabase(postgres));
    await db.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"))));
  }
});
afterAll(async () => {
  await redis?.quit();
  await db?.close();
  await postgres?.dispose();
});

const stores: { name: string; store: () => RateLimitStore | null; shared: boolean }[] = [
  { name: "memory", store: () => ({ kind: "memory" }), shared: false },
  { name: "redis", store: () => (redis ? { kind: "redis", client: redis } : null), shared: true },
  { name: "postgres", store: () => (db ? { kind: "postgres", prisma: db.prisma } : null), shared: true },
];

describe.each(stores)("rate limits on $name", ({ store, shared }) => {
  const prefix = () => `test-${randomBytes(4).toString("hex")}`;

  it("allows the budget, then refuses with the time to wait", async (ctx) => {
    const s = store();
    if (!s) return ctx.skip();
    const limiter = createRateLimiter(s, prefix(), { points: 3, durationSeconds: 60 });
    for (let i = 0; i < 3; i++) await limiter.consume("user-1");
    const refused = await limiter.consume("user-1").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(50_000);
    await expect(limiter.consume("user-2")).resolves.toBeInstanceOf(RateLimiterRes);
  });

  it("locks for the block duration, and a reset unlocks", async (ctx) => {
    const s = store();
    if (!s) return ctx.skip();
    const limiter = createRateLimiter(s, prefix(), { points: 2, durationSeconds: 60, blockSeconds: 900 });
    await limiter.consume("a@example.test").catch(() => undefined);
    await limiter.consume("a@example.test").catch(() => undefined);
    const locked = await limiter.consume("a@example.test").catch((e: unknown) => e as RateLimiterRes);
    expect((locked as RateLimiterRes).msBeforeNext).toBeGreaterThan(800_000);
    await limiter.delete("a@example.test");
    expect((await limiter.get("a@example.test"))?.consumedPoints ?? 0).toBe(0);
  });

  it(shared ? "shares counts between app instances" : "keeps counts in this process only", async (ctx) => {
    const s = store();
    if (!s) return ctx.skip();
    const keyPrefix = prefix();
    const first = createRateLimiter(s, keyPrefix, { points: 2, durationSeconds: 60 });
    const second = createRateLimiter(s, keyPrefix, { points: 2, durationSeconds: 60 });
    await first.consume("k");
    await first.consume("k");
    const fromSecond = await second.consume("k").then(
      () => "allowed",
      () => "refused",
    );
    expect(fromSecond).toBe(shared ? "refused" : "allowed");
  });
});
