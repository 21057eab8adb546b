import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type RateLimitBucket = "generation";

const globalForLimits = globalThis as unknown as { hrLimiters?: Map<RateLimitBucket, RateLimiterMemory> };
const limiters = (globalForLimits.hrLimiters ??= new Map());

function limiterFor(bucket: RateLimitBucket): RateLimiterMemory {
  let limiter = limiters.get(bucket);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: bucket, points: getEnv().RATE_LIMIT_GENERATIONS_PER_MINUTE, duration: 60 });
    limiters.set(bucket, limiter);
  }
  return limiter;
}

/** Spends one point for `key` in `bucket`, or throws rate_limit with the seconds to wait. */
export async function consumeRateLimit(bucket: RateLimitBucket, key: string): Promise<void> {
  try {
    await limiterFor(bucket).consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new AppError(`rate_limit:${bucket}`, undefined, { retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) });
    }
    throw rejection;
  }
}
