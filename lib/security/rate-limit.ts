import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { createRateLimiter, reportRedisOutages, type RateLimitPolicy, type RateLimitStore } from "@/lib/security/rate-limiter-store";

export type RateLimitBucket =
  | "generation"
  | "signin-email"
  | "signin-ip"
  | "register-ip"
  | "invitation"
  | "upload"
  | "generation-ip"
  | "upload-ip"
  | "password-check"
  | "chat"
  | "ask-address"
  | "ask-link"
  | "exit-link"
  | "api-key";

function policyFor(bucket: RateLimitBucket): RateLimitPolicy {
  switch (bucket) {
    case "generation":
      return { points: getEnv().RATE_LIMIT_GENERATIONS_PER_MINUTE, durationSeconds: 60 };
    case "signin-email":
      // Five wrong passwords for one account lock it for fifteen minutes.
      return { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 };
    case "signin-ip":
      return { points: 30, durationSeconds: 60 * 60, blockSeconds: 60 * 60 };
    case "password-check":
      // Wrong passwords typed by a signed-in user (changing the password, deleting the account): a
      // stolen session must not become a way to guess the password. As strict as sign-in.
      return { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 };
    case "register-ip":
      // Registration says when an email is taken; a low limit per address keeps that from being a lookup service.
      return { points: getEnv().RATE_LIMIT_REGISTRATIONS_PER_HOUR, durationSeconds: 60 * 60 };
    case "invitation":
      return { points: 30, durationSeconds: 60 * 60 };
    case "upload":
      return { points: getEnv().RATE_LIMIT_UPLOADS_PER_HOUR, durationSeconds: 60 * 60 };
    // Per address: room for several colleagues behind one office router, not for one script with many accounts.
    case "generation-ip":
      return { points: getEnv().RATE_LIMIT_GENERATIONS_PER_MINUTE * 5, durationSeconds: 60 };
    case "upload-ip":
      return { points: getEnv().RATE_LIMIT_UPLOADS_PER_HOUR * 5, durationSeconds: 60 * 60 };
    case "chat":
      return { points: getEnv().RATE_LIMIT_CHAT_PER_MINUTE, durationSeconds: 60 };
    case "ask-address":
      return { points: getEnv().RATE_LIMIT_ASK_PER_ADDRESS_PER_HOUR, durationSeconds: 60 * 60 };
    case "ask-link":
      return { points: getEnv().RATE_LIMIT_ASK_PER_LINK_PER_HOUR, durationSeconds: 60 * 60 };
    // An exit interview is at most 24 turns: this leaves room for retries and nothing for a flood.
    case "exit-link":
      return { points: 120, durationSeconds: 60 * 60 };
    case "api-key":
      return { points: getEnv().RATE_LIMIT_API_KEY_PER_MINUTE, durationSeconds: 60 };
  }
}

const globalForLimits = globalThis as unknown as { hrLimiters?: Map<RateLimitBucket, Promise<RateLimiterAbstract>> };
const limiters = (globalForLimits.hrLimiters ??= new Map());

async function storeFromEnv(): Promise<RateLimitStore> {
  const env = getEnv();
  if (env.RATE_LIMIT_STORE === "redis") {
    const { default: Redis } = await import("ioredis");
    // A Redis that stops answering must not hold requests: after a second the limiter counts in memory.
    const client = new Redis(env.REDIS_URL ?? "redis://127.0.0.1:6379", { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 });
    reportRedisOutages(client, logger);
    return { kind: "redis", client };
  }
  if (env.RATE_LIMIT_STORE === "postgres") return { kind: "postgres", prisma: await getDb() };
  return { kind: "memory" };
}

function limiterFor(bucket: RateLimitBucket): Promise<RateLimiterAbstract> {
  let limiter = limiters.get(bucket);
  if (!limiter) {
    limiter = storeFromEnv().then((store) => createRateLimiter(store, bucket, policyFor(bucket)));
    limiters.set(bucket, limiter);
  }
  return limiter;
}

function limited(bucket: RateLimitBucket, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = `${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}`;
  const options = { retryAfterSeconds: seconds };
  switch (bucket) {
    case "generation":
    case "generation-ip":
      return new AppError("rate_limit:generation", undefined, options);
    case "invitation":
      return new AppError("rate_limit:members", undefined, options);
    case "upload":
    case "upload-ip":
      return new AppError("rate_limit:cv", undefined, options);
    case "chat":
      return new AppError("rate_limit:chat", undefined, options);
    case "ask-address":
    case "ask-link":
      return new AppError("rate_limit:chat", `This CV has received many questions. Try again in ${minutes}.`, options);
    case "exit-link":
      return new AppError("rate_limit:exit", undefined, options);
    case "api-key":
      return new AppError("rate_limit:api", `This API key has made too many requests. Try again in ${seconds} seconds.`, options);
    case "register-ip":
      return new AppError("rate_limit:auth", `Too many accounts created from this address. Try again in ${minutes}.`, options);
    case "password-check":
      return new AppError("rate_limit:auth", `Too many wrong passwords. For your security, try again in ${minutes}.`, options);
    default:
      return new AppError("rate_limit:auth", `Too many failed sign-ins. For your security, try again in ${minutes}.`, options);
  }
}

/** Spends one point for `key` in `bucket`, or throws rate_limit with the seconds to wait. */
export async function consumeRateLimit(bucket: RateLimitBucket, key: string): Promise<void> {
  try {
    await (await limiterFor(bucket)).consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw limited(bucket, rejection.msBeforeNext);
    throw rejection;
  }
}

/** Throws when `key` has used up `bucket` (without spending a point). */
export async function assertNotLimited(bucket: RateLimitBucket, key: string): Promise<void> {
  const state = await (await limiterFor(bucket)).get(key);
  if (state && state.consumedPoints >= policyFor(bucket).points) throw limited(bucket, state.msBeforeNext);
}

/** Records a failure (a wrong password) and returns how many there have been; never throws for being over the limit. */
export async function recordFailure(bucket: RateLimitBucket, key: string): Promise<number> {
  const state = await (await limiterFor(bucket)).consume(key).catch((rejection: unknown) => {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return rejection;
  });
  return state.consumedPoints;
}

/**
 * Spends a point for the user and one for their address, for buckets that are limited both ways. An
 * unknown address (no trusted proxy) is not counted: one shared bucket would let anyone exhaust it for all.
 */
export async function consumeUserAndAddress(bucket: "generation" | "upload", userId: string, ip: string | null): Promise<void> {
  await consumeRateLimit(bucket, userId);
  if (ip) await consumeRateLimit(`${bucket}-ip`, ip);
}

export async function resetRateLimit(bucket: RateLimitBucket, key: string): Promise<void> {
  await (await limiterFor(bucket)).delete(key);
}
