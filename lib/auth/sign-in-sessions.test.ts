import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionAbsoluteSeconds, sessionIdleSeconds, sessionRenewSeconds } from "@/lib/auth/session-policy";
import { endSignInSession, startSignInSession, storedSessionId, userForSession } from "@/lib/auth/sign-in-sessions";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { deleteUserAndOwnedData, updatePasswordHashByUserId } from "@/lib/db/queries/accounts";
import { deleteSignInSessionsOfUser } from "@/lib/db/queries/sign-in-sessions";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"));
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

describe.each(testDatabases())("sign-in sessions on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let counter = 0;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  const newUser = async () => (await db.user.create({ data: { email: `s${++counter}@example.test`, name: "Sam", role: "HR" } })).id;
  const lastSeenOf = async (sid: string) => (await db.signInSession.findUniqueOrThrow({ where: { id: storedSessionId(sid) } })).lastSeenAt;

  it("signing in creates a record stored under the key's hash; the session is accepted until it is signed out", async () => {
    const userId = await newUser();
    const start = new Date();
    const claims = await startSignInSession(db, { userId, now: start });
    expect(claims).toMatchObject({ uid: userId, sexp: Math.floor(start.getTime() / 1000) + sessionAbsoluteSeconds });
    expect(await db.signInSession.count({ where: { id: claims.sid } })).toBe(0);
    expect(await db.signInSession.count({ where: { id: storedSessionId(claims.sid), userId } })).toBe(1);

    expect(await userForSession(db, claims, start)).toEqual({ id: userId, email: expect.any(String), name: "Sam", role: "HR", organizationId: null });
    // Role changes apply at once: the user is read with the session.
    await db.user.update({ where: { id: userId }, data: { role: "CANDIDATE" } });
    expect(await userForSession(db, claims, start)).toMatchObject({ role: "CANDIDATE" });

    await endSignInSession(db, { sid: claims.sid });
    expect(await userForSession(db, claims, start)).toBeNull();
  });

  it("refuses a key it never issued and a session presented for another user", async () => {
    const [ana, ben] = [await newUser(), await newUser()];
    const claims = await startSignInSession(db, { userId: ana });
    expect(await userForSession(db, { ...claims, sid: "made-up-key" })).toBeNull();
    expect(await userForSession(db, { ...claims, uid: ben })).toBeNull();
  });

  it("ends after the idle timeout, and use slides it: lastSeenAt is written at most every few minutes", async () => {
    const userId = await newUser();
    const start = new Date();
    const claims = await startSignInSession(db, { userId, now: start });

    // Used again soon: accepted, nothing written.
    expect(await userForSession(db, claims, later(start, sessionRenewSeconds - 1))).not.toBeNull();
    expect(await lastSeenOf(claims.sid)).toEqual(start);
    // Used after the renewal interval: lastSeenAt moves.
    const used = later(start, sessionRenewSeconds + 1);
    expect(await userForSession(db, claims, used)).not.toBeNull();
    expect(await lastSeenOf(claims.sid)).toEqual(used);
    // Idle time counts from that last use, not from sign-in.
    expect(await userForSession(db, claims, later(used, sessionIdleSeconds - 1))).not.toBeNull();
    const idleClaims = await startSignInSession(db, { userId, now: start });
    expect(await userForSession(db, idleClaims, later(start, sessionIdleSeconds + 1))).toBeNull();
  });

  it("ends at its absolute end however busy it is", async () => {
    const userId = await newUser();
    const start = new Date();
    const claims = await startSignInSession(db, { userId, now: start });
    let now = start;
    while (now.getTime() < later(start, sessionAbsoluteSeconds - sessionIdleSeconds).getTime()) {
      now = later(now, sessionIdleSeconds - 60);
      expect(await userForSession(db, claims, now)).not.toBeNull();
    }
    expect(await userForSession(db, claims, later(start, sessionAbsoluteSeconds - 1))).not.toBeNull();
    expect(await userForSession(db, claims, later(start, sessionAbsoluteSeconds + 1))).toBeNull();
  });

  it("a new password keeps this session and ends the others; signing out everywhere ends them all, and nobody else's", async () => {
    const [userId, other] = [await newUser(), await newUser()];
    const [here, laptop, phone] = [
      await startSignInSession(db, { userId }),
      await startSignInSession(db, { userId }),
      await startSignInSession(db, { userId }),
    ];
    const someoneElse = await startSignInSession(db, { userId: other });

    await updatePasswordHashByUserId(db, { id: userId, passwordHash: "scrypt$new", keepSessionId: storedSessionId(here.sid) });
    expect(await userForSession(db, here)).not.toBeNull();
    expect(await userForSession(db, laptop)).toBeNull();
    expect(await userForSession(db, phone)).toBeNull();

    expect(await deleteSignInSessionsOfUser(db, { userId })).toBe(1);
    expect(await userForSession(db, here)).toBeNull();
    expect(await userForSession(db, someoneElse)).not.toBeNull();
  });

  it("signing in clears the user's dead sessions, and deleting the account ends every session", async () => {
    const userId = await newUser();
    const long = new Date(Date.now() - (sessionIdleSeconds + 60) * 1000);
    await startSignInSession(db, { userId, now: long });
    const live = await startSignInSession(db, { userId });
    expect(await db.signInSession.count({ where: { userId } })).toBe(1);

    expect(await deleteUserAndOwnedData(db, { id: userId })).toBe("deleted");
    expect(await db.signInSession.count({ where: { userId } })).toBe(0);
    expect(await userForSession(db, live)).toBeNull();
  });
});
