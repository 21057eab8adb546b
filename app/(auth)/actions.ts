"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { signIn } from "@/lib/auth/auth";
import { invitationRefusals } from "@/lib/auth/invitation-messages";
import { enabledOAuthProviders, oauthProviderIds } from "@/lib/auth/oauth-providers";
import { invitationTokenSchema, loginSchema, registerSchema } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db/client";
import { acceptInvitation, registerWithInvitation } from "@/lib/db/queries/invitations";
import { createUserWithOrganization, getUserByEmail } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { authedAction, publicAction } from "@/lib/security/authed-action";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeRateLimit } from "@/lib/security/rate-limit";

async function signInOrExplain(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError && (error as AuthError & { code?: string }).code === "locked") {
      throw new AppError("rate_limit:auth", "Too many failed sign-ins. For your security, wait 15 minutes and try again.");
    }
    if (error instanceof AuthError) throw new AppError("unauthorized:auth", "Email or password is incorrect.");
    throw error; // the redirect on success
  }
}

export const login = publicAction(loginSchema, async ({ email, password, returnTo }) => {
  await signInOrExplain(email, password, returnTo ?? "/");
});

/** Starts sign-in with GitHub or Google; only providers configured in the environment are accepted. */
export const oauthSignIn = publicAction(z.object({ provider: z.enum(oauthProviderIds) }), async ({ provider }) => {
  if (!enabledOAuthProviders().some((p) => p.id === provider)) throw new AppError("bad_request:auth", "This sign-in method is not set up on this server.");
  await signIn(provider, { redirectTo: "/" });
});

export const register = publicAction(registerSchema, async ({ name, email, password, accountType, organizationName, inviteToken }) => {
  const ip = clientAddressOf(await headers());
  if (ip) await consumeRateLimit("register-ip", ip);
  const db = await getDb();
  if (await getUserByEmail(db, { email })) {
    throw new AppError("conflict:auth", "This email cannot be used to register. If it is yours, sign in instead.");
  }
  const passwordHash = await hashPassword(password);
  if (inviteToken) {
    const joined = await registerWithInvitation(db, { email, name, passwordHash, token: inviteToken });
    if (!joined.ok) throw new AppError("bad_request:auth", invitationRefusals[joined.reason]);
    await audit({ action: "member.joined", actorId: joined.userId, actorEmail: email, orgId: joined.orgId, targetType: "user", targetId: joined.userId });
    await signInOrExplain(email, password, "/tools");
    return;
  }
  await createUserWithOrganization(db, {
    email,
    name,
    passwordHash,
    // Whoever creates an organisation administers it.
    role: accountType === "hire" ? "ADMIN" : "CANDIDATE",
    organizationName: accountType === "hire" ? organizationName : undefined,
  });
  await signInOrExplain(email, password, accountType === "hire" ? "/tools" : "/");
});

/** A signed-in user accepts an invitation sent to their email and joins that organisation. */
export const joinOrganization = authedAction(z.object({ token: invitationTokenSchema }), async ({ token }, user) => {
  const db = await getDb();
  const outcome = await db.$transaction((tx) => acceptInvitation(tx, { token, userId: user.id }));
  if (!outcome.ok) throw new AppError("bad_request:auth", invitationRefusals[outcome.reason]);
  await audit({ action: "member.joined", actorId: user.id, actorEmail: user.email, orgId: outcome.orgId, targetType: "user", targetId: user.id });
  redirect("/tools");
});
