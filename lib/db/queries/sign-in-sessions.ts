import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

/** `id` is the stored form of the session key (its hash, see lib/auth/sign-in-sessions.ts). */
export function createSignInSession(db: PrismaClient, { id, userId, now, expiresAt }: { id: string; userId: string; now: Date; expiresAt: Date }) {
  return db.signInSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt }, select: { id: true } });
}

export type SessionUserRow = { id: string; email: string; name: string | null; role: Role; organizationId: string | null; lastSeenAt: Date };

/**
 * The user of a live session, in one round trip: the session must exist, belong to `userId`, be
 * within its absolute lifetime and have been used since `idleSince`.
 */
export async function findLiveSessionUser(
  db: PrismaClient,
  { id, userId, now, idleSince }: { id: string; userId: string; now: Date; idleSince: Date },
): Promise<SessionUserRow | null> {
  const rows = await db.$queryRaw<SessionUserRow[]>`
    SELECT u."id", u."email", u."name", u."role", u."organizationId", s."lastSeenAt"
    FROM "SignInSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${id} AND s."userId" = ${userId} AND s."expiresAt" > ${now} AND s."lastSeenAt" > ${idleSince}`;
  return rows[0] ?? null;
}

/** Marks the session as used now, unless another request already did since `staleBefore`. */
export async function touchSignInSession(db: PrismaClient, { id, now, staleBefore }: { id: string; now: Date; staleBefore: Date }) {
  await db.signInSession.updateMany({ where: { id, lastSeenAt: { lt: staleBefore } }, data: { lastSeenAt: now } });
}

export async function deleteSignInSession(db: PrismaClient, { id }: { id: string }) {
  await db.signInSession.deleteMany({ where: { id } });
}

/** Ends every session of the user; returns how many there were. */
export async function deleteSignInSessionsOfUser(db: PrismaClient, { userId }: { userId: string }) {
  const { count } = await db.signInSession.deleteMany({ where: { userId } });
  return count;
}

/** Housekeeping at sign-in: the user's sessions that can no longer be used. */
export async function deleteDeadSignInSessionsOfUser(db: PrismaClient, { userId, now, idleSince }: { userId: string; now: Date; idleSince: Date }) {
  await db.signInSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] } });
}
