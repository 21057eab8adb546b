import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import type Redis from "ioredis";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type RateLimitStore = { kind: "memory" } | { kind: "redis"; client: Redis } | { kind: "postgres"; prisma: PrismaClient };

export type RateLimitPolicy = { points: number; durationSeconds: number; blockSeconds?: number };

/**
 * One limiter on the chosen store. Memory suits a single instance; Redis or Postgres share the
 * counts between instances behind a load balancer.
 */
export function createRateLimiter(store: RateLimitStore, keyPrefix: string, policy: RateLimitPolicy): RateLimiterAbstract {
  const options = { keyPrefix, points: policy.points, duration: policy.durationSeconds, blockDuration: policy.blockSeconds ?? 0 };
  switch (store.kind) {
    case "memory":
      return new RateLimiterMemory(options);
    case "redis":
      return new RateLimiterRedis({ ...options, storeClient: store.client, rejectIfRedisNotReady: false });
    case "postgres":
      return new RateLimiterPrisma({ ...options, storeClient: store.prisma, tableName: "rateLimiterFlexible" });
  }
}
