import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { getPasswordHashByUserId } from "@/lib/db/queries/accounts";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertNotLimited, recordFailure, resetRateLimit } from "@/lib/security/rate-limit";

/**
 * Checks the password a signed-in user typed to confirm something sensitive (a new password, deleting
 * the account). Wrong passwords count per user; after five in 15 minutes every check is refused for
 * 15 minutes, with a message that says how long, so a session left open cannot be used to guess.
 */
export async function confirmPassword(
  db: PrismaClient,
  { userId, password, wrongMessage }: { userId: string; password: string; wrongMessage: string },
): Promise<void> {
  await assertNotLimited("password-check", userId);
  const stored = await getPasswordHashByUserId(db, { id: userId });
  if (stored?.passwordHash && (await verifyPassword(password, stored.passwordHash))) {
    await resetRateLimit("password-check", userId);
    return;
  }
  await recordFailure("password-check", userId);
  // The failure that reaches the limit already says how long to wait.
  await assertNotLimited("password-check", userId);
  throw new AppError("unauthorized:auth", wrongMessage);
}
