"use server";

import { AuthError } from "next-auth";
import { hashPassword } from "@/lib/auth/password";
import { signIn } from "@/lib/auth/auth";
import { loginSchema, registerSchema } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db/client";
import { createUserWithOrganization, getUserByEmail } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/security/authed-action";

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

export const login = publicAction(loginSchema, async ({ email, password }) => {
  await signInOrExplain(email, password, "/");
});

export const register = publicAction(registerSchema, async ({ name, email, password, accountType, organizationName }) => {
  const db = await getDb();
  if (await getUserByEmail(db, { email })) {
    throw new AppError("conflict:auth", "This email cannot be used to register. If it is yours, sign in instead.");
  }
  await createUserWithOrganization(db, {
    email,
    name,
    passwordHash: await hashPassword(password),
    // Whoever creates an organisation administers it.
    role: accountType === "hire" ? "ADMIN" : "CANDIDATE",
    organizationName: accountType === "hire" ? organizationName : undefined,
  });
  await signInOrExplain(email, password, accountType === "hire" ? "/tools" : "/");
});
