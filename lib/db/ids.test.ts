import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { idSchema, isId, newId } from "@/lib/db/ids";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"));

describe("row ids", () => {
  it("accepts every id newId() makes", () => {
    for (let i = 0; i < 1000; i++) {
      const id = newId();
      expect(isId(id), id).toBe(true);
      expect(idSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it("accepts Prisma cuid()s, with the timestamp's eight digits of today and the nine of later years", () => {
    expect(isId("cjld2cjxh0000qzrmn831i7rn")).toBe(true);
    expect(isId("c1zk4cjxh0000qzrmn831i7rnq")).toBe(true);
  });

  it.each([
    ["an empty string", ""],
    ["a short word", "abc"],
    ["an id with capitals", "CJLD2CJXH0000QZRMN831I7RN"],
    ["an id not starting with c", "xjld2cjxh0000qzrmn831i7rn"],
    ["an id one character short", "cjld2cjxh0000qzrmn831i7r"],
    ["an id one character too long for newId()", `${newId()}x`],
    ["a path", "cjld2cjxh0000qzrmn831i7r/"],
    ["an injection", "c' OR 1=1 --aaaaaaaaaaaaa"],
  ])("refuses %s", (_, value) => {
    expect(isId(value)).toBe(false);
    expect(idSchema.safeParse(value).success).toBe(false);
  });

  it("refuses what is not a string", () => {
    expect(isId(undefined)).toBe(false);
    expect(isId(["cjld2cjxh0000qzrmn831i7rn"])).toBe(false);
  });
});

describe.each(testDatabases())("ids of rows Prisma creates on $name", (testDb) => {
  let open: OpenDatabase;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("accepts the id @default(cuid()) gives a new user", async () => {
    const user = await open.prisma.user.create({ data: { email: "ids@example.test", role: "HR" } });
    expect(isId(user.id), user.id).toBe(true);
  });
});
