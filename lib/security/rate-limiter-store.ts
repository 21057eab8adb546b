import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import type Redis from "ioredis";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type RateLimitStore = { kind: "memory" } | { kind: "redis"; client: Redis } | { kind: "postgres"; prisma: PrismaClient };

export type RateLimitPolicy = { points: number; durationSeconds: number; blockSeconds?: number };

/**
 * One limiter on the chosen store. Memory suits a single instance; Redis or Postgres share the
 * counts between instances behind a load balancer.
 *
 * When Redis cannot be reached the limiter falls back to counting in this process's memory (fail
 * open to per-instance limits) until it is back: a lost Redis must not turn every request into an
 * error, and a per-instance count still stops one client's flood.
 */
export function createRateLimiter(store: RateLimitStore, keyPrefix: string, policy: RateLimitPolicy): RateLimiterAbstract {
  const options = { keyPrefix, points: policy.points, duration: policy.durationSeconds, blockDuration: policy.blockSeconds ?? 0 };
  switch (store.kind) {
    case "memory":
      return new RateLimiterMemory(options);
    case "redis":
      return new RateLimiterRedis({
        ...options,
        storeClient: store.client,
        // Not ready (reconnecting): count in memory at once rather than wait for a connection.
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    case "postgres":
      return new RateLimiterPrisma({ ...options, storeClient: store.prisma, tableName: "rateLimiterFlexible" });
  }
}

type OutageLog = { warn: (fields: object, message: string) => void; info: (fields: object, message: string) => void };

/** Logs once when the rate-limit Redis goes away and once when it is back, not on every reconnect attempt. */
export function reportRedisOutages(client: Redis, log: OutageLog): void {
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log.warn({ err: { message: error.message } }, "rate-limit Redis unreachable: counting in this instance's memory until it is back");
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    log.info({}, "rate-limit Redis is back: counts are shared again");
  });
}
