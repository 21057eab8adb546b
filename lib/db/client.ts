import "server-only";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { openDatabase, type DatabaseTarget } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { sweepAbandonedAnswers } from "@/lib/db/queries/conversations";
import { sweepAbandonedGenerations } from "@/lib/db/queries/generations";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { hrDb?: Promise<PrismaClient> };

function currentTarget(): DatabaseTarget {
  const env = getEnv();
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.PGLITE_DIR };
}

async function start(): Promise<PrismaClient> {
  const target = currentTarget();
  const started = Date.now();
  const db = await openDatabase(target);
  const applied = await db.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve("prisma/migrations"))));
  // The embedded database belongs to this one process, so anything still STREAMING was cut off by a
  // crash. On a shared Postgres other instances may be streaming: only rows silent for a while count.
  const olderThanMs = target.kind === "pglite" ? 0 : 60_000;
  const interrupted = (await sweepAbandonedGenerations(db.prisma, { olderThanMs })) + (await sweepAbandonedAnswers(db.prisma, { olderThanMs }));
  logger.info({ database: target.kind, applied, interrupted, ms: Date.now() - started }, "database ready");
  return db.prisma;
}

/** The Prisma client, opened, migrated and swept once per process. */
export function getDb(): Promise<PrismaClient> {
  if (!globalForDb.hrDb) {
    globalForDb.hrDb = start().catch((error: unknown) => {
      globalForDb.hrDb = undefined;
      throw error;
    });
  }
  return globalForDb.hrDb;
}
