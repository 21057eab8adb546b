import "server-only";
import { availableParallelism } from "node:os";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v.replace(/(?<!\/)\/+$/, "")))
  .pipe(z.url().optional())
  .optional();

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const intFrom = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: "DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for the embedded database)",
  }),
  PGLITE_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: optionalText,
  /** GitHub and Google sign-in switch on when both their id and secret are set. */
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  GROQ_API_KEY: optionalText,
  GROQ_BASE_URL: optionalUrl,
  GROQ_MODEL: z.string().default("llama-3.3-70b-versatile"),
  OLLAMA_BASE_URL: optionalUrl,
  OLLAMA_MODEL: optionalText,
  /** `on` lets `npm run bench:stream` measure the framework's streaming floor (app/stream-floor/actions.ts); never on in production. */
  BENCH_STREAM_FLOOR: z.enum(["on", "off"]).default("off"),
  LLM_CHAIN: z.string().default("groq,ollama,offline"),
  LLM_MAX_RETRIES: intFrom(2, 0, 6),
  LLM_FIRST_TOKEN_TIMEOUT_MS: intFrom(30_000, 100, 600_000),
  LLM_IDLE_TIMEOUT_MS: intFrom(30_000, 100, 600_000),
  OFFLINE_TOKEN_DELAY_MS: intFrom(12, 0, 1_000),
  RATE_LIMIT_GENERATIONS_PER_MINUTE: intFrom(20, 1, 100_000),
  RATE_LIMIT_REGISTRATIONS_PER_HOUR: intFrom(20, 1, 100_000),
  RATE_LIMIT_UPLOADS_PER_HOUR: intFrom(30, 1, 100_000),
  /** Questions a signed-in user may ask the resume chat per minute. */
  RATE_LIMIT_CHAT_PER_MINUTE: intFrom(30, 1, 100_000),
  /** Questions one visitor address may ask through "Ask my CV" links per hour, and one link may receive per hour. */
  RATE_LIMIT_ASK_PER_ADDRESS_PER_HOUR: intFrom(30, 1, 100_000),
  RATE_LIMIT_ASK_PER_LINK_PER_HOUR: intFrom(120, 1, 100_000),
  /** Requests one REST API key may make per minute. */
  RATE_LIMIT_API_KEY_PER_MINUTE: intFrom(60, 1, 100_000),
  /** Largest CV file accepted, in megabytes. */
  UPLOAD_MAX_MB: intFrom(5, 1, 50),
  /** Worker threads that read uploaded files. By default one core is left to serve requests. */
  PARSE_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(32)
    .default(() => Math.max(1, Math.min(4, availableParallelism() - 1))),
  /** Files that may wait for a parse worker; beyond that an upload is refused as "busy, try again". */
  PARSE_MAX_QUEUE: intFrom(8, 0, 1_000),
  /** Time one file may take to read, in milliseconds; a slower file is refused as too complex. */
  PARSE_TIMEOUT_MS: intFrom(10_000, 500, 120_000),
  /** JavaScript heap of each parse worker, in megabytes; a file that needs more is refused. */
  PARSE_WORKER_HEAP_MB: intFrom(320, 64, 4_096),
  /** How many proxies in front of the app append to X-Forwarded-For; 0 means none, and client addresses are unknown. */
  TRUSTED_PROXY_HOPS: intFrom(0, 0, 10),
  REDIS_URL: optionalText,
  /** Where rate-limit counts live: memory (one instance), redis or postgres (shared). Redis when REDIS_URL is set. */
  RATE_LIMIT_STORE: z.enum(["memory", "redis", "postgres"]).optional(),
  /** On SIGTERM, how long documents and answers being written may take to finish before they are saved as interrupted. */
  SHUTDOWN_GRACE_MS: intFrom(25_000, 0, 600_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Bearer token for /api/metrics. In production the endpoint answers 404 while it is unset; in development it is open then. */
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, "METRICS_TOKEN must be at least 16 characters (for example: openssl rand -hex 32)").max(200).optional()),
  /** OpenTelemetry traces go to this OTLP/HTTP collector (e.g. http://collector:4318); unset, tracing is off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** Exit-interview links are emailed when both are set: smtp://user:password@host:587 or smtps://…:465, and the sender. */
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…" }).optional()),
  SMTP_FROM: optionalText.pipe(z.string().max(200).optional()),
});

export type Env = Omit<z.infer<typeof envSchema>, "RATE_LIMIT_STORE"> & { RATE_LIMIT_STORE: "memory" | "redis" | "postgres" };

let cached: Env | undefined;

/** An environment checked against the schema; throws with every problem listed. */
export function readEnvironment(raw: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${problems}`);
  }
  return { ...parsed.data, RATE_LIMIT_STORE: parsed.data.RATE_LIMIT_STORE ?? (parsed.data.REDIS_URL ? "redis" : "memory") };
}

/** The validated environment. Throws at start-up with every problem listed, not at first use. */
export function getEnv(): Env {
  cached ??= readEnvironment(process.env);
  return cached;
}
