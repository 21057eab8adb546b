import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseTarget, OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { openSchemaEngine } from "@/scripts/lib/schema-engine.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const migrations = readMigrationFiles(path.join(root, "prisma/migrations"));

async function prismaEngineFor(target: DatabaseTarget, open: OpenDatabase) {
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return openSchemaEngine({ root, factory: new PrismaPg({ connectionString: target.url }) });
  }
  // Prisma's engine and the app share the one in-memory PGlite.
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return open.pglite ? openSchemaEngine({ root, factory: new PrismaPGlite(open.pglite as never) }) : null;
}

describe.each(testDatabases())("migrations on $name", (db) => {
  let target: DatabaseTarget;
  let open: OpenDatabase;

  beforeAll(async () => {
    ({ target, open } = await openTestDatabase(db));
  });
  afterAll(async () => {
    await open?.close();
    await db.dispose();
  });

  it("applies every migration once, recording it as Prisma does", async () => {
    const applied = await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    expect(applied).toEqual(migrations.map((m) => m.name));
    const again = await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    expect(again).toEqual([]);
    const rows = await open.withMigrationLock((sql) =>
      sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.finished_at !== null, r.applied_steps_count])).toEqual(
      migrations.map((m) => [m.name, m.checksum, true, 1]),
    );
    await expect(open.prisma.generation.count()).resolves.toBe(0);
  });

  it("is in step with `prisma migrate deploy`: Prisma's own engine finds nothing left to apply", async () => {
    const engine = await prismaEngineFor(target, open);
    if (!engine) return expect(target.kind).toBe("pglite");
    try {
      await expect(engine.deploy()).resolves.toEqual([]);
    } finally {
      engine.free();
    }
  });

  it("refuses to start when an applied migration was edited", async () => {
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(open.withMigrationLock((sql) => applyMigrations(sql, edited))).rejects.toThrow(/was changed after it was applied/);
  });
});

describe("schema.prisma and prisma/migrations", () => {
  it("agree: creating a migration now would produce nothing", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const pglite = new PGlite();
    const engine = await openSchemaEngine({ root, factory: new PrismaPGlite(pglite) });
    try {
      const change = await engine.pendingSchemaChange("check");
      expect(change?.sql ?? null, "run `npm run db:migrate:create -- <name>`").toBeNull();
    } finally {
      engine.free();
      await pglite.close();
    }
  });
});
