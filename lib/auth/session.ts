import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { getAuthSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db/client";
import { getSessionUserById } from "@/lib/db/queries/users";
import type { Role } from "@/lib/generated/prisma/client";

export type SessionUser = { id: string; email: string; name: string | null; role: Role; organizationId: string | null };

// Auth.js names the cookie after the protocol; large tokens are split into numbered chunks.
const cookieNames = ["__Secure-authjs.session-token", "authjs.session-token"];

type Payload = { uid?: unknown; sv?: unknown; exp?: unknown };

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
 * The signed-in user, or null. Decodes Auth.js's encrypted session cookie directly (same key, same
 * checks, including expiry) instead of running Auth.js's whole request pipeline, which costs
 * milliseconds on every action and would sit in front of every model call.
 *
 * The token only says who signed in. Role and organisation are read from the database on every
 * request, so a role change or a removal applies at once, and a token whose session version is behind
 * the user's (password changed, account deleted) is refused. Once per request, thanks to `cache`.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const store = await cookies();
  for (const name of cookieNames) {
    const token =
      store.get(name)?.value ??
      store
        .getAll()
        .filter((c) => c.name.startsWith(`${name}.`))
        .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
        .map((c) => c.value)
        .join("");
    if (!token) continue;
    const payload = await verify(token, name);
    if (!payload || typeof payload.uid !== "string") return null;
    const user = await getSessionUserById(await getDb(), { id: payload.uid });
    if (!user || user.sessionVersion !== (typeof payload.sv === "number" ? payload.sv : 0)) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
  }
  return null;
});
