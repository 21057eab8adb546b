import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import type { SessionClaims } from "@/lib/auth/session-cookie";
import { sessionAbsoluteSeconds, sessionIdleSeconds, sessionRenewSeconds } from "@/lib/auth/session-policy";
import {
  createSignInSession,
  deleteDeadSignInSessionsOfUser,
  deleteSignInSession,
  findLiveSessionUser,
  touchSignInSession,
} from "@/lib/db/queries/sign-in-sessions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The session's id as stored: the cookie's key alone is never written to the database. */
export function storedSessionId(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

const secondsAgo = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

/** Starts a session for a user who just signed in; the claims go into the session cookie. */
export async function startSignInSession(db: PrismaClient, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<SessionClaims> {
  const key = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + sessionAbsoluteSeconds * 1000);
  await deleteDeadSignInSessionsOfUser(db, { userId, now, idleSince: secondsAgo(now, sessionIdleSeconds) });
  await createSignInSession(db, { id: storedSessionId(key), userId, now, expiresAt });
  return { uid: userId, sid: key, sexp: Math.floor(expiresAt.getTime() / 1000) };
}

/**
 * The user a session cookie stands for, or null when its session was ended (signed out, signed out
 * everywhere, password changed elsewhere, account deleted), has been idle too long or has reached its
 * absolute end. Role and organisation are read fresh, so changes apply at once. Marks the session as
 * used at most every few minutes, so most requests cost one read.
 */
export async function userForSession(db: PrismaClient, claims: SessionClaims, now = new Date()): Promise<SessionUser | null> {
  const id = storedSessionId(claims.sid);
  const row = await findLiveSessionUser(db, { id, userId: claims.uid, now, idleSince: secondsAgo(now, sessionIdleSeconds) });
  if (!row) return null;
  const staleBefore = secondsAgo(now, sessionRenewSeconds);
  if (row.lastSeenAt < staleBefore) await touchSignInSession(db, { id, now, staleBefore });
  return { id: row.id, email: row.email, name: row.name, role: row.role, organizationId: row.organizationId };
}

export function endSignInSession(db: PrismaClient, { sid }: { sid: string }) {
  return deleteSignInSession(db, { id: storedSessionId(sid) });
}
