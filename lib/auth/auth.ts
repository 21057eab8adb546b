import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { getAuthSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db/client";
import { getUserByEmail } from "@/lib/db/queries/users";
import { sessionClaimsOf } from "@/lib/auth/session-cookie";
import { sessionIdleSeconds } from "@/lib/auth/session-policy";
import { endSignInSession, startSignInSession, userForSession } from "@/lib/auth/sign-in-sessions";
import { enabledOAuthProviders } from "@/lib/auth/oauth-providers";
import { logger } from "@/lib/logger";
import { assertNotLimited, recordFailure, resetRateLimit } from "@/lib/security/rate-limit";
import { audit } from "@/lib/audit";
import { clientAddressOf } from "@/lib/security/client-ip";

/** Sign-in refused because of too many recent failures; the login action shows why. */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: PrismaAdapter(db),
    // Credentials sign-in needs JWT sessions. The token names a server-side session record, which
    // decides whether it still counts (lib/auth/sign-in-sessions.ts); the cookie lasts as long as the
    // idle timeout and proxy.ts renews it while the session is used.
    session: { strategy: "jwt", maxAge: sessionIdleSeconds },
    secret: getAuthSecret(),
    trustHost: true,
    pages: { signIn: "/login" },
    logger: {
      // Auth.js logs failed sign-ins as errors with the request attached; keep only the kind.
      error: (error) => logger.warn({ kind: error.name }, "auth error"),
      warn: (code) => logger.warn({ code }, "auth warning"),
      debug: () => undefined,
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const { email, password } = parsed.data;
          const ip = request ? clientAddressOf(request.headers) : null;
          // Brute force: an account locks after repeated failures, and so does a known address.
          try {
            await assertNotLimited("signin-email", email);
            if (ip) await assertNotLimited("signin-ip", ip);
          } catch {
            await audit({ action: "auth.sign_in_locked", actorEmail: email, ip });
            throw new SignInLocked();
          }
          const user = await getUserByEmail(db, { email });
          // Check a decoy hash for unknown emails so timing does not reveal which emails exist.
          const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
          if (!user || !user.passwordHash || !valid) {
            const [failures] = await Promise.all([recordFailure("signin-email", email), ip ? recordFailure("signin-ip", ip) : 0]);
            // Slow down before the lock: each failure for an account makes the next answer later.
            await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 250 * failures)));
            await audit({ action: "auth.sign_in_failed", actorId: user?.id, actorEmail: email, orgId: user?.organizationId, ip });
            throw new CredentialsSignin();
          }
          await resetRateLimit("signin-email", email);
          await audit({ action: "auth.sign_in", actorId: user.id, actorEmail: email, orgId: user.organizationId, ip });
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...enabledOAuthProviders().map((p) => p.provider),
    ],
    events: {
      // Credentials sign-ins are audited in authorize(), where failures are also seen.
      async signIn({ user, account }) {
        if (account && account.provider !== "credentials") {
          await audit({ action: "auth.sign_in", actorId: user.id, actorEmail: user.email, targetType: "provider", targetId: account.provider });
        }
      },
      // Every way out (the sign-out button, sign out everywhere, Auth.js's own sign-out route) ends the
      // session's record, so the cookie stops working even if a copy of it is replayed.
      async signOut(message) {
        const claims = "token" in message ? sessionClaimsOf(message.token) : null;
        if (claims) await endSignInSession(db, { sid: claims.sid });
      },
    },
    callbacks: {
      // At sign-in (credentials or OAuth) the token gets a new session record; afterwards it only
      // names the user and that session. Role and organisation are read fresh on each request
      // (lib/auth/session.ts), so changes apply at once. When Auth.js itself reads the session
      // (/api/auth/session), an ended session answers "signed out" and its cookie is cleared.
      async jwt({ token, user }) {
        if (user?.id) return { ...token, ...(await startSignInSession(db, { userId: user.id })) };
        const claims = sessionClaimsOf(token);
        return claims && (await userForSession(db, claims)) ? token : null;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
});
