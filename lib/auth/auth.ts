import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { getAuthSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db/client";
import { getUserByEmail } from "@/lib/db/queries/users";
import type { Role } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: PrismaAdapter(db),
    // Credentials sign-in needs JWT sessions; they also keep app instances stateless.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const user = await getUserByEmail(db, { email: parsed.data.email });
          // Check a decoy hash for unknown emails so timing does not reveal which emails exist.
          const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await decoyHash));
          if (!user || !user.passwordHash || !valid) throw new CredentialsSignin();
          return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: Role }).role;
          token.orgId = (user as { organizationId?: string | null }).organizationId ?? null;
        }
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") {
          session.user.id = token.uid;
          session.user.role = token.role as Role;
          session.user.organizationId = (token.orgId as string | null) ?? null;
        }
        return session;
      },
    },
  };
});
