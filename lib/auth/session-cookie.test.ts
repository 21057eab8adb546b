import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionCookie, renewedSessionCookie } from "@/lib/auth/session-cookie";
import { sessionIdleSeconds, sessionRenewSeconds } from "@/lib/auth/session-policy";

const secret = "test-secret-for-session-cookies-0123456789";
const name = "authjs.session-token";
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A cookie jar as Next's request cookies present it. */
function jar(cookies: Record<string, string>) {
  return {
    get: (n: string) => (n in cookies ? { value: cookies[n]! } : undefined),
    getAll: () => Object.entries(cookies).map(([n, value]) => ({ name: n, value })),
  };
}

/** A session cookie as Auth.js issues it, `ageSeconds` ago, for a session ending at `sexp`. */
async function issued({
  ageSeconds,
  sexp = nowSeconds() + 7 * 86_400,
  salt = name,
  claims = true,
}: {
  ageSeconds: number;
  sexp?: number;
  salt?: string;
  claims?: boolean;
}) {
  const token = claims ? { uid: "user-1", sid: "session-key", sexp, email: "sam@example.test" } : { uid: "user-1", sv: 0 };
  return encode({ token, secret, salt, maxAge: sessionIdleSeconds - ageSeconds });
}

describe("renewedSessionCookie", () => {
  it("leaves a cookie issued in the last few minutes alone", async () => {
    expect(await renewedSessionCookie(jar({ [name]: await issued({ ageSeconds: 60 }) }), secret)).toBeNull();
  });

  it("re-issues an older cookie with the full idle time again, keeping its session", async () => {
    const renewed = await renewedSessionCookie(jar({ [name]: await issued({ ageSeconds: sessionRenewSeconds + 60 }) }), secret);
    expect(renewed).toMatchObject({ name, options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    const expectedEnd = (nowSeconds() + sessionIdleSeconds) * 1000;
    expect(Math.abs(renewed!.options.expires.getTime() - expectedEnd)).toBeLessThan(2_000);
    const payload = await decode({ token: renewed!.value, secret, salt: name });
    expect(payload).toMatchObject({ uid: "user-1", sid: "session-key", email: "sam@example.test" });
    expect(Math.abs((payload!.exp as number) * 1000 - expectedEnd)).toBeLessThan(2_000);
  });

  it("never extends a cookie past its session's absolute end, and lets an ended one go", async () => {
    const sexp = nowSeconds() + 3_600;
    // Issued a day's idle time before the end: renewed only up to the end.
    const capped = await renewedSessionCookie(jar({ [name]: await issued({ ageSeconds: sessionIdleSeconds - 600, sexp }) }), secret);
    expect(capped!.options.expires.getTime()).toBe(sexp * 1000);
    // Already ending at the session's end: nothing to gain, so not re-issued on every page.
    const atEnd = await encode({ token: { uid: "user-1", sid: "session-key", sexp }, secret, salt: name, maxAge: 3_600 });
    expect(await renewedSessionCookie(jar({ [name]: atEnd }), secret)).toBeNull();
    expect(await renewedSessionCookie(jar({ [name]: await issued({ ageSeconds: sessionRenewSeconds + 60, sexp: nowSeconds() - 1 }) }), secret)).toBeNull();
  });

  it("keeps the https cookie's name and Secure flag", async () => {
    const secureName = "__Secure-authjs.session-token";
    const renewed = await renewedSessionCookie(jar({ [secureName]: await issued({ ageSeconds: sessionRenewSeconds + 60, salt: secureName }) }), secret);
    expect(renewed).toMatchObject({ name: secureName, options: { secure: true } });
  });

  it("renews nothing it cannot read: no cookie, a forged one, another secret's, or a token without a session", async () => {
    expect(await renewedSessionCookie(jar({}), secret)).toBeNull();
    expect(await renewedSessionCookie(jar({ [name]: "not-a-token" }), secret)).toBeNull();
    const foreign = await encode({
      token: { uid: "u", sid: "s", sexp: nowSeconds() + 3_600 },
      secret: "another-secret-entirely-0123456789",
      salt: name,
      maxAge: 60,
    });
    expect(await renewedSessionCookie(jar({ [name]: foreign }), secret)).toBeNull();
    expect(await renewedSessionCookie(jar({ [name]: await issued({ ageSeconds: sessionRenewSeconds + 60, claims: false }) }), secret)).toBeNull();
  });
});

describe("readSessionCookie", () => {
  it("reads a whole cookie, or joins numbered chunks in order", () => {
    expect(readSessionCookie(jar({ [name]: "whole" }))).toEqual({ name, value: "whole", chunked: false });
    expect(readSessionCookie(jar({ [`${name}.1`]: "b", [`${name}.0`]: "a" }))).toEqual({ name, value: "ab", chunked: true });
    expect(readSessionCookie(jar({ other: "x" }))).toBeNull();
  });
});
