"use server";

import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signIn, signOut } from "@/lib/auth/auth";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db/client";
import { deleteUserAndOwnedData, getPasswordHashByUserId, updatePasswordHashByUserId } from "@/lib/db/queries/accounts";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { authedAction } from "@/lib/security/authed-action";

export const changePassword = authedAction(
  z.object({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: newPasswordSchema }),
  async ({ currentPassword, newPassword }, user) => {
    const db = await getDb();
    const stored = await getPasswordHashByUserId(db, { id: user.id });
    if (!stored?.passwordHash || !(await verifyPassword(currentPassword, stored.passwordHash))) {
      throw new AppError("unauthorized:auth", "Your current password is not correct.");
    }
    await updatePasswordHashByUserId(db, { id: user.id, passwordHash: await hashPassword(newPassword) });
    await audit({ action: "account.password_changed", actorId: user.id, actorEmail: user.email, orgId: user.organizationId });
    // Every other session just ended; this browser gets a new one so the user stays signed in here.
    await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
    return { changed: true };
  },
);

/** Deletes the account and everything it owns; the user types their email to confirm. */
export const deleteAccount = authedAction(z.object({ confirmEmail: z.string().trim().toLowerCase() }), async ({ confirmEmail }, user) => {
  if (confirmEmail !== user.email) throw new AppError("bad_request:input", "Type your email address exactly to confirm.");
  const outcome = await deleteUserAndOwnedData(await getDb(), { id: user.id });
  if (outcome === "last_admin") {
    throw new AppError("conflict:auth", "You are the only admin of your organisation. Make a colleague an admin on the Members page first, then delete your account.");
  }
  await audit({ action: "account.deleted", actorEmail: user.email, orgId: user.organizationId, targetType: "user", targetId: user.id });
  await signOut({ redirectTo: "/register" });
});
