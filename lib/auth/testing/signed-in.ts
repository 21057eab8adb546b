import { encode } from "next-auth/jwt";
import { sessionIdleSeconds } from "@/lib/auth/session-policy";
import { startSignInSession } from "@/lib/auth/sign-in-sessions";
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
