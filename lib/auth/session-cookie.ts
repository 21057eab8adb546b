import { decode, encode } from "next-auth/jwt";
import { sessionIdleSeconds, sessionRenewSeconds } from "@/lib/auth/session-policy";

// Auth.js names the cookie after the protocol (the __Secure- one over https); a large token is split
// into numbered chunks.
const cookieNames = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * What the session cookie says about its session: the user, the session's key (its record is stored
 * under the key's hash) and the session's absolute end in seconds. The rest of Auth.js's token is not
 * relied on.
 */
export type SessionClaims = { uid: string; sid: string; sexp: number };

/** Reads the session claims out of a decoded token; null when any is missing or malformed. */
export function sessionClaimsOf(payload: Record<string, unknown> | null): SessionClaims | null {
  if (!payload) return null;
  const { uid, sid, sexp } = payload;
  return typeof uid === "string" && typeof sid === "string" && typeof sexp === "number" ? { uid, sid, sexp } : null;
}

type CookieReader = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/** The session cookie of a request: its name (the token's salt), its value, and whether it came in chunks. */
export function readSessionCookie(cookies: CookieReader): { name: string; value: string; chunked: boolean } | null {
  for (const name of cookieNames) {
    const whole = cookies.get(name)?.value;
    if (whole) return { name, value: whole, chunked: false };
    const chunks = cookies
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length) return { name, value: chunks.map((c) => c.value).join(""), chunked: true };
  }
  return null;
}

export type RenewedCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date };
};

/**
 * The session cookie again with a later expiry, so that the cookie, like its server-side record, lasts
 * `sessionIdleSeconds` from the last use and never beyond the session's absolute end. Null when there
 * is nothing to renew: no cookie or an unreadable one, a cookie issued in the last few minutes, or a
 * session at (or near) its end. It does not check that the session is still live; every request does that
 * against the database (lib/auth/session.ts), so renewing a revoked session's cookie gives nothing.
 */
export async function renewedSessionCookie(cookies: CookieReader, secret: string, now = Date.now()): Promise<RenewedCookie | null> {
  const cookie = readSessionCookie(cookies);
  // Re-issuing a chunked cookie as one would leave its old chunks behind; tokens here are far below the chunk size.
  if (!cookie || cookie.chunked) return null;
  const payload = await decode({ token: cookie.value, secret, salt: cookie.name }).catch(() => null);
  const claims = sessionClaimsOf(payload);
  if (!payload || !claims || typeof payload.exp !== "number") return null;
  const nowSeconds = Math.floor(now / 1000);
  const maxAge = Math.min(sessionIdleSeconds, claims.sexp - nowSeconds);
  // Only when that moves the expiry by more than a few minutes: not for a cookie issued moments ago,
  // nor on every page in the session's last hours, when the absolute end already caps it. (A session
  // past its end gives a negative gain: the decoded cookie has not expired yet.)
  if (nowSeconds + maxAge - payload.exp < sessionRenewSeconds) return null;
  // encode() sets a new issue time, expiry and token id; everything else is carried over.
  const value = await encode({ token: payload, secret, salt: cookie.name, maxAge });
  return {
    name: cookie.name,
    value,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.name.startsWith("__Secure-"), expires: new Date((nowSeconds + maxAge) * 1000) },
  };
}
