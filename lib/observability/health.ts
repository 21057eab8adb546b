import "server-only";
import path from "node:path";
import type { AiConfig } from "@/lib/ai/config";
import type { ModelOption } from "@/lib/ai/health";
import { getAiRuntime, getModelOptions } from "@/lib/ai/runtime";
import { getDb } from "@/lib/db/client";
import { readMigrationFiles } from "@/lib/db/migrator";
import { jobRunner } from "@/lib/queue/system";

export type ProviderState = "up" | "down" | "breaker_open";

/**
 * What /api/health/ready reports. Only states: no address, no error text. Providers do not decide
 * readiness, as the offline engine always answers; they are reported for the operator.
 */
export type Readiness = {
  ready: boolean;
  database: "up" | "down";
  migrations: "applied" | "pending" | "unknown";
  jobs: "running" | "starting" | "down";
  providers: Record<string, ProviderState>;
};

// A readiness probe must answer within the balancer's timeout, whatever hangs behind it.
const CHECK_TIMEOUT_MS = 2_000;

function within<T>(work: Promise<T>, ms: number, late: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(resolve, ms, late)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The providers the operator set up, in chain order; the offline engine always is. */
export function configuredProviders(config: AiConfig): string[] {
  return config.chain.filter((p) => p === "offline" || config[p] !== undefined);
}

/** Each configured provider's state: its breaker when open, else whether the model picker found it answering. */
export function providerStates(
  config: AiConfig,
  breakerState: (provider: string) => string | undefined,
  options: ModelOption[],
): Record<string, ProviderState> {
  return Object.fromEntries(
    configuredProviders(config).map((provider) => {
      if (breakerState(provider) === "open") return [provider, "breaker_open"];
      return [provider, options.some((o) => o.provider === provider && o.available) ? "up" : "down"];
    }),
  );
}

async function databaseAndMigrations(): Promise<Pick<Readiness, "database" | "migrations">> {
  try {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = readMigrationFiles(path.resolve("prisma/migrations")).some((m) => !applied.has(m.name));
    return { database: "up", migrations: pending ? "pending" : "applied" };
  } catch {
    return { database: "down", migrations: "unknown" };
  }
}

async function jobQueue(): Promise<Readiness["jobs"]> {
  try {
    return await within(
      jobRunner().then(() => "running" as const),
      CHECK_TIMEOUT_MS,
      "starting",
    );
  } catch {
    return "down";
  }
}

async function providers(): Promise<Readiness["providers"]> {
  const runtime = getAiRuntime();
  const options = await within(getModelOptions(), CHECK_TIMEOUT_MS, []).catch(() => []);
  return providerStates(runtime.config, (p) => runtime.breakers.get(p)?.state, options);
}

/** The database answers with every migration applied, and the job queue runs. */
export async function checkReadiness(): Promise<Readiness> {
  const [storage, jobs, providerState] = await Promise.all([
    within(databaseAndMigrations(), CHECK_TIMEOUT_MS, { database: "down" as const, migrations: "unknown" as const }),
    jobQueue(),
    providers(),
  ]);
  return { ready: storage.database === "up" && storage.migrations === "applied" && jobs === "running", ...storage, jobs, providers: providerState };
}
