import { encode } from "next-auth/jwt";
import { sessionIdleSeconds } from "@/lib/auth/session-policy";
import { startSignInSession } from "@/lib/auth/sign-in-sessions";
import { testRequest } from "@/lib/auth/testing/next-headers";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

// The cookie Auth.js sets over plain http; its name is also the token's salt.
const cookieName = "authjs.session-token";

/**
 * A user with a live session, and the session cookie a browser would send for it: a real session
 * record and a token encrypted with AUTH_SECRET, as signing in makes them.
 */
export async function signedInUser(db: PrismaClient, { email, role }: { email: string; role: Role }) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("set AUTH_SECRET before signing a test user in");
  const user = await db.user.create({ data: { email, role } });
  const claims = await startSignInSession(db, { userId: user.id });
  const value = await encode({ token: { ...claims }, secret, salt: cookieName, maxAge: sessionIdleSeconds });
  return { user, cookie: { name: cookieName, value } };
}

/**
 * For tests of the request wrappers: the app's own database on an in-memory PGlite, and the cookies
 * of an HR user and a job seeker signed in on it. Set any other environment before calling.
 */
export async function appWithHrAndCandidate() {
  process.env.PGLITE_DIR = "memory://";
  delete process.env.DATABASE_URL;
  process.env.AUTH_SECRET = "test-secret-of-at-least-thirty-two-characters";
  const db = await (await import("@/lib/db/client")).getDb();
  const hr = await signedInUser(db, { email: "hr@example.test", role: "HR" });
  const candidate = await signedInUser(db, { email: "candidate@example.test", role: "CANDIDATE" });
  return { db, hrCookie: hr.cookie, candidateCookie: candidate.cookie };
}

/** Puts a session cookie on the request the wrappers will read (see ./next-headers). */
export const signInAs = (cookie: { name: string; value: string }) => testRequest.cookies.set(cookie.name, cookie.value);
