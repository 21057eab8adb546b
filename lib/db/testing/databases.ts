import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type DatabaseTarget, type OpenDatabase } from "@/lib/db/connection";

/**
 * Throwaway databases for tests: an in-memory PGlite always, and a fresh database on the Postgres
 * server in TEST_DATABASE_URL when it is set. Each is dropped at the end; nothing depends on leftovers.
 */
export type TestDatabase = { name: "pglite" | "postgres"; target: () => Promise<DatabaseTarget>; dispose: () => Promise<void> };

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: "pglite", target: async () => ({ kind: "pglite", dir: "memory://" }), dispose: async () => undefined }];
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const dbName = `hr_test_${randomBytes(6).toString("hex")}`;
    const admin = async <T>(fn: (client: pg.Client) => Promise<T>) => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        return await fn(client);
      } finally {
        await client.end();
      }
    };
    list.push({
      name: "postgres",
      async target() {
        await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
        const url = new URL(adminUrl);
        url.pathname = `/${dbName}`;
        return { kind: "postgres", url: url.toString() };
      },
      dispose: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).then(() => undefined),
    });
  }
  return list;
}

export async function openTestDatabase(db: TestDatabase): Promise<{ target: DatabaseTarget; open: OpenDatabase }> {
  const target = await db.target();
  return { target, open: await openDatabase(target) };
}
