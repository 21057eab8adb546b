import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { getAuthSecret } from "@/lib/auth/secret";
import { readSessionCookie, sessionClaimsOf, type SessionClaims } from "@/lib/auth/session-cookie";
import { storedSessionId, userForSession } from "@/lib/auth/sign-in-sessions";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";

export type SessionUser = { id: string; email: string; name: string | null; role: Role; organizationId: string | null };

type Payload = Record<string, unknown> & { exp?: unknown };

// Decrypting the same cookie again on every request costs about 2 ms (key derivation and JWE);
// a verified token is remembered until it expires. Bounded, oldest entries evicted first.
const verified = new Map<string, Payload>();
const MAX_VERIFIED = 5_000;

async function verify(token: string, salt: string): Promise<Payload | null> {
  const known = verified.get(token);
  if (known && typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
  verified.delete(token);
  const payload = (await decode({ token, secret: getAuthSecret(), salt }).catch(() => null)) as Payload | null;
  if (!payload) return null;
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value as string);
  verified.set(token, payload);
  return payload;
}

/**
 * The request's live session: its claims and its user. Decodes Auth.js's encrypted session cookie
 * directly (same key, same checks, including expiry) instead of running Auth.js's whole request
 * pipeline, which costs milliseconds on every action and would sit in front of every model call.
 * The cookie only names the session; the session's record decides (lib/auth/sign-in-sessions.ts).
 * Once per request, thanks to `cache`.
 */
const currentSession = cache(async function currentSession(): Promise<{ claims: SessionClaims; user: SessionUser } | null> {
  const cookie = readSessionCookie(await cookies());
  if (!cookie) return null;
  const claims = sessionClaimsOf(await verify(cookie.value, cookie.name));
  if (!claims) return null;
  const user = await userForSession(await getDb(), claims);
  return user ? { claims, user } : null;
});

/**
 * The signed-in user, or null. Role and organisation are read from the database on every request,
 * so a role change or a removal applies at once; a session that was signed out, ended everywhere,
 * ended by a password change elsewhere, or left idle too long is refused.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}

/** The stored id of the request's session, to keep it when every other session of the user ends. */
export async function getCurrentSessionId(): Promise<string | null> {
  const session = await currentSession();
  return session ? storedSessionId(session.claims.sid) : null;
}
