import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { createUserWithOrganization } from "@/lib/db/queries/users";
import { startTcpProxy, type TcpProxy } from "@/lib/db/testing/tcp-proxy";
import { testDatabases } from "@/lib/db/testing/databases";
import { toAppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Real Postgres (TEST_DATABASE_URL) reached through a TCP proxy that the test cuts and restores, with
// the app's own connection code on the far side.
const postgres = testDatabases().find((d) => d.name === "postgres");
let proxy: TcpProxy;
let db: OpenDatabase;
let direct: OpenDatabase;

beforeAll(async () => {
  if (!postgres) return;
  const target = await postgres.target();
  if (target.kind !== "postgres") throw new Error("expected a Postgres target");
  direct = await openDatabase(target);
  await direct.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"))));
  const url = new URL(target.url);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  db = await openDatabase({ kind: "postgres", url: url.toString() });
});
afterEach(() => proxy?.restore());
afterAll(async () => {
  await db?.close();
  await direct?.close();
  await proxy?.close();
  await postgres?.dispose();
});

const failureOf = (work: Promise<unknown>) => work.then(() => null, toAppError);

describe.skipIf(!postgres)("when the database goes away", () => {
  it("every kind of query fails as unavailable:database (503) with a message that says what to do", async () => {
    expect(await db.prisma.user.count()).toBe(0);
    proxy.cut();
    const failures = await Promise.all([
      failureOf(db.prisma.user.findMany()),
      failureOf(db.prisma.user.count()),
      failureOf(db.prisma.organization.create({ data: { name: "Acme" } })),
      failureOf(db.prisma.$queryRaw`SELECT 1`),
      failureOf(db.prisma.$transaction([db.prisma.user.count(), db.prisma.organization.count()])),
    ]);
    for (const failure of failures) {
      expect(failure).toMatchObject({ code: "unavailable:database", status: 503 });
      expect(failure?.message).toMatch(/try again/i);
    }
  });

  it("reconnects by itself once the database is back", async () => {
    proxy.cut();
    expect(await failureOf(db.prisma.user.count())).toMatchObject({ code: "unavailable:database" });
    proxy.restore();
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("leaves no half-written rows when the connection drops between the writes of a transaction", async () => {
    // Cut the connection just after the organisation row is written, before its first user is.
    const cutAfterOrganization = db.prisma.$extends({
      query: {
        organization: {
          async create({ args, query }) {
            const created = await query(args);
            proxy.cut();
            return created;
          },
        },
      },
    }) as unknown as PrismaClient;
    const failure = await failureOf(
      createUserWithOrganization(cutAfterOrganization, {
        email: "owner@example.test",
        name: "Owner",
        passwordHash: "x",
        role: "HR",
        organizationName: "Half Written Ltd",
      }),
    );
    expect(failure).toMatchObject({ code: "unavailable:database" });
    proxy.restore();
    expect(await direct.prisma.organization.count({ where: { name: "Half Written Ltd" } })).toBe(0);
    expect(await direct.prisma.user.count({ where: { email: "owner@example.test" } })).toBe(0);
    // And the same write goes through once the database is back.
    await createUserWithOrganization(db.prisma, {
      email: "owner@example.test",
      name: "Owner",
      passwordHash: "x",
      role: "HR",
      organizationName: "Half Written Ltd",
    });
    expect(await direct.prisma.organization.count({ where: { name: "Half Written Ltd" } })).toBe(1);
  });
});
