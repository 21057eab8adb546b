import fs from "node:fs";
import path from "node:path";
import type { SqlConnection } from "@/lib/db/migrator";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export interface OpenDatabase {
  prisma: PrismaClient;
  /** The embedded database itself, for tools that need their own adapter on it (PGlite only). */
  pglite?: unknown;
  /** Runs `fn` on one raw connection, holding a lock so concurrent app instances migrate one at a time. */
  withMigrationLock<T>(fn: (sql: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const MIGRATION_LOCK_KEY = 7_264_201;

async function openPostgres(url: string): Promise<OpenDatabase> {
  const [{ PrismaPg }, pg] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) });
  return {
    prisma,
    async withMigrationLock(fn) {
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        return await fn({
          query: async (sql, params) => (await client.query(sql, params)).rows,
          exec: async (sql) => {
            await client.query(sql);
          },
        });
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
        await client.end();
      }
    },
    close: () => prisma.$disconnect(),
  };
}

async function openPglite(dir: string): Promise<OpenDatabase> {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  // PGlite is one process's embedded database: no other process may open the same folder.
  if (dir !== "memory://") fs.mkdirSync(path.resolve(dir), { recursive: true });
  const pglite = dir === "memory://" ? new PGlite() : new PGlite(path.resolve(dir));
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    pglite,
    withMigrationLock: (fn) =>
      fn({
        query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
        exec: async (sql) => {
          await pglite.exec(sql);
        },
      }),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  return target.kind === "postgres" ? openPostgres(target.url) : openPglite(target.dir);
}
