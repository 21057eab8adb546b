"use server";

import { z } from "zod";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { hashPassword } from "@/lib/auth/password";
import { signOut } from "@/lib/auth/auth";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { getCurrentSessionId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { deleteUserAndOwnedData, updatePasswordHashByUserId, userHasPassword } from "@/lib/db/queries/accounts";
import { deleteSignInSessionsOfUser } from "@/lib/db/queries/sign-in-sessions";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { authedAction } from "@/lib/security/authed-action";

export const changePassword = authedAction(
  z.object({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: newPasswordSchema }),
  async ({ currentPassword, newPassword }, user) => {
    const db = await getDb();
    await confirmPassword(db, { userId: user.id, password: currentPassword, wrongMessage: "Your current password is not correct." });
    const keepSessionId = await getCurrentSessionId();
    if (!keepSessionId) throw new AppError("unauthorized:auth");
    // Every other session ends; this browser stays signed in.
    await updatePasswordHashByUserId(db, { id: user.id, passwordHash: await hashPassword(newPassword), keepSessionId });
    await audit({ action: "account.password_changed", actorId: user.id, actorEmail: user.email, orgId: user.organizationId });
    return { changed: true };
  },
);

/** Ends every session of the account, this one included, and returns to the sign-in page. */
export const signOutEverywhere = authedAction(z.object({}), async (_input, user) => {
  const ended = await deleteSignInSessionsOfUser(await getDb(), { userId: user.id });
  await audit({
    action: "auth.signed_out_everywhere",
    actorId: user.id,
    actorEmail: user.email,
    orgId: user.organizationId,
    detail: `${ended} session${ended === 1 ? "" : "s"} ended`,
  });
  await signOut({ redirectTo: "/login" });
});

/**
 * Deletes the account and everything it owns. The user types their email to confirm and, when the
 * account has a password, the password too (wrong ones count towards the same limit as a password
 * change); accounts that only sign in through GitHub or Google confirm with their email.
 */
export const deleteAccount = authedAction(
  z.object({ confirmEmail: z.string().trim().toLowerCase().max(320), password: z.string().max(200).optional() }),
  async ({ confirmEmail, password }, user) => {
    if (confirmEmail !== user.email) throw new AppError("bad_request:input", "Type your email address exactly to confirm.");
    const db = await getDb();
    if (await userHasPassword(db, { id: user.id })) {
      if (!password) throw new AppError("bad_request:input", "Enter your password to confirm.");
      await confirmPassword(db, { userId: user.id, password, wrongMessage: "Your password is not correct." });
    }
    const outcome = await deleteUserAndOwnedData(db, { id: user.id });
    if (outcome === "last_admin") {
      throw new AppError(
        "conflict:auth",
        "You are the only admin of your organisation. Make a colleague an admin on the Members page first, then delete your account.",
      );
    }
    await audit({ action: "account.deleted", actorEmail: user.email, orgId: user.organizationId, targetType: "user", targetId: user.id });
    await signOut({ redirectTo: "/register" });
  },
);
