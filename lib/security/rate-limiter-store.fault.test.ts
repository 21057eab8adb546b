import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "@/lib/db/testing/tcp-proxy";
import { createRateLimiter, reportRedisOutages } from "@/lib/security/rate-limiter-store";

// Redis at TEST_REDIS_URL, reached through a TCP proxy the test can cut, with the client options the app uses.
const redisUrl = process.env.TEST_REDIS_URL;
let proxy: TcpProxy;
let client: Redis;
const logged: { level: "warn" | "info"; message: string }[] = [];

beforeAll(async () => {
  if (!redisUrl) return;
  const target = new URL(redisUrl);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  client = new Redis({
    host: "127.0.0.1",
    port: proxy.port,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    retryStrategy: () => 50,
  });
  reportRedisOutages(client, {
    warn: (_fields, message) => logged.push({ level: "warn", message }),
    info: (_fields, message) => logged.push({ level: "info", message }),
  });
  await new Promise((resolve) => client.once("ready", resolve));
});
afterEach(() => {
  proxy?.restore();
  logged.length = 0;
});
afterAll(async () => {
  client?.disconnect();
  await proxy?.close();
});

const outcome = (limiter: RateLimiterAbstract, key: string) =>
  limiter.consume(key).then(
    () => "allowed",
    (e: unknown) => (e instanceof RateLimiterRes ? "refused" : `error: ${String(e)}`),
  );

const untilReady = () => (client.status === "ready" ? Promise.resolve() : new Promise((resolve) => client.once("ready", resolve)));

describe.skipIf(!redisUrl)("two app instances on one Redis", () => {
  it("share one budget, each through its own connection", async () => {
    const instances = [new Redis(redisUrl!, { maxRetriesPerRequest: 1 }), new Redis(redisUrl!, { maxRetriesPerRequest: 1 })];
    try {
      const keyPrefix = `shared-${randomBytes(4).toString("hex")}`;
      const [a, b] = instances.map((connection) => createRateLimiter({ kind: "redis", client: connection }, keyPrefix, { points: 3, durationSeconds: 60 }));
      await Promise.all(
        instances.map((connection) => (connection.status === "ready" ? undefined : new Promise((resolve) => connection.once("ready", resolve)))),
      );
      expect([await outcome(a!, "user"), await outcome(b!, "user"), await outcome(a!, "user"), await outcome(b!, "user"), await outcome(a!, "user")]).toEqual([
        "allowed",
        "allowed",
        "allowed",
        "refused",
        "refused",
      ]);
    } finally {
      for (const connection of instances) connection.disconnect();
    }
  });
});

describe.skipIf(!redisUrl)("rate limits when Redis goes away", () => {
  const prefix = () => `fault-${randomBytes(4).toString("hex")}`;

  it("keeps limiting in memory when the connection is cut, logs one warning, and shares counts again once Redis is back", async () => {
    const keyPrefix = prefix();
    const limiter = createRateLimiter({ kind: "redis", client }, keyPrefix, { points: 2, durationSeconds: 60 });
    expect(await outcome(limiter, "before")).toBe("allowed");

    proxy.cut();
    // Never an error: the budget is counted in this instance's memory while Redis is away.
    expect([await outcome(limiter, "during"), await outcome(limiter, "during"), await outcome(limiter, "during")]).toEqual(["allowed", "allowed", "refused"]);
    expect(logged.filter((l) => l.level === "warn")).toHaveLength(1);
    expect(logged[0]?.message).toMatch(/unreachable/);

    proxy.restore();
    await untilReady();
    expect(logged.at(-1)).toMatchObject({ level: "info", message: expect.stringMatching(/back/) });
    // Back on Redis: a second instance sees the point spent before the cut.
    const other = createRateLimiter({ kind: "redis", client }, keyPrefix, { points: 2, durationSeconds: 60 });
    expect((await other.get("before"))?.consumedPoints).toBe(1);
    expect([await outcome(other, "after"), await outcome(limiter, "after"), await outcome(other, "after")]).toEqual(["allowed", "allowed", "refused"]);
  });

  it("does not wait on a Redis that stops answering: the command times out and memory counts", async () => {
    const limiter = createRateLimiter({ kind: "redis", client }, prefix(), { points: 1, durationSeconds: 60 });
    proxy.stall();
    expect(await outcome(limiter, "k")).toBe("allowed");
    expect(await outcome(limiter, "k")).toBe("refused");
    // What was sent while stalled is lost, so the connection is dropped before Redis comes back.
    proxy.cut();
    proxy.restore();
    await untilReady();
  });
});
