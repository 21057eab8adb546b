import type { PrismaClient } from "@/lib/generated/prisma/client";

export function getPasswordHashByUserId(db: PrismaClient, { id }: { id: string }) {
  return db.user.findUnique({ where: { id }, select: { passwordHash: true } });
}

export function updatePasswordHashByUserId(db: PrismaClient, { id, passwordHash }: { id: string; passwordHash: string }) {
  return db.user.update({ where: { id }, data: { passwordHash }, select: { id: true } });
}

/** Everything the app holds about a user, for "download my data". Never the password hash. */
export async function exportUserDataById(db: PrismaClient, { id }: { id: string }) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, role: true, createdAt: true,
      organization: { select: { id: true, name: true } },
      accounts: { select: { provider: true, providerAccountId: true } },
      generations: {
        orderBy: { createdAt: "asc" },
        select: { id: true, task: true, title: true, input: true, output: true, status: true, model: true, provider: true, promptId: true, promptVersion: true, parentId: true, createdAt: true },
      },
    },
  });
  return user ? { exportedAt: new Date().toISOString(), ...user } : null;
}

/**
 * Deletes the user and everything they own in one transaction: documents, sessions, linked sign-ins
 * (all cascade), and their organisation when they were its only member.
 */
export function deleteUserAndOwnedData(db: PrismaClient, { id }: { id: string }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { organizationId: true } });
    if (!user) return false;
    await tx.generation.deleteMany({ where: { userId: id } });
    await tx.user.delete({ where: { id } });
    if (user.organizationId && (await tx.user.count({ where: { organizationId: user.organizationId } })) === 0) {
      await tx.generation.deleteMany({ where: { orgId: user.organizationId } });
      await tx.organization.delete({ where: { id: user.organizationId } });
    }
    return true;
  });
}
