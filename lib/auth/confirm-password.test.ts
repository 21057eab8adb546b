import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { hashPassword } from "@/lib/auth/password";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { AppError } from "@/lib/errors";

// Rate limits count in memory here (the default store); the stores themselves are tested in lib/security.
const pglite = testDatabases()[0]!;
let open: OpenDatabase;
let counter = 0;

beforeAll(async () => {
  ({ open } = await openTestDatabase(pglite));
  await open.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"))));
});
afterAll(async () => {
  await open?.close();
  await pglite.dispose();
});

const newUser = async () =>
  (await open.prisma.user.create({ data: { email: `pw${++counter}@example.test`, passwordHash: await hashPassword("right-password-1") } })).id;
const attempt = (userId: string, password: string) =>
  confirmPassword(open.prisma, { userId, password, wrongMessage: "Your current password is not correct." }).then(
    () => "ok",
    (error: AppError) => `${error.code}: ${error.message}`,
  );

describe("confirmPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const userId = await newUser();
    expect(await attempt(userId, "right-password-1")).toBe("ok");
    expect(await attempt(userId, "wrong-password-0")).toBe("unauthorized:auth: Your current password is not correct.");
  });

  it("after five wrong passwords refuses even the right one for 15 minutes, saying so; other users are not affected", async () => {
    const userId = await newUser();
    const other = await newUser();
    for (let i = 0; i < 4; i++) expect(await attempt(userId, "wrong-password-0")).toMatch(/not correct/);
    expect(await attempt(userId, "wrong-password-0")).toBe("rate_limit:auth: Too many wrong passwords. For your security, try again in 15 minutes.");
    expect(await attempt(userId, "right-password-1")).toMatch(/^rate_limit:auth: Too many wrong passwords/);
    expect(await attempt(other, "right-password-1")).toBe("ok");
  });

  it("the right password clears earlier mistakes", async () => {
    const userId = await newUser();
    for (let i = 0; i < 4; i++) await attempt(userId, "wrong-password-0");
    expect(await attempt(userId, "right-password-1")).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await attempt(userId, "wrong-password-0")).toMatch(/not correct/);
  });

  it("an account without a password (GitHub or Google only) never confirms one", async () => {
    const userId = (await open.prisma.user.create({ data: { email: `oauth${++counter}@example.test` } })).id;
    expect(await attempt(userId, "anything-at-all")).toMatch(/not correct/);
  });
});
