import type { PrismaClient } from "@/lib/generated/prisma/client";

export function getPasswordHashByUserId(db: PrismaClient, { id }: { id: string }) {
  return db.user.findUnique({ where: { id }, select: { passwordHash: true } });
}

/** Stores the new hash and ends every session issued before it (they carry the old session version). */
export function updatePasswordHashByUserId(db: PrismaClient, { id, passwordHash }: { id: string; passwordHash: string }) {
  return db.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
}

/** Everything the app holds about a user, for "download my data". Never the password hash. */
export async function exportUserDataById(db: PrismaClient, { id }: { id: string }) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, role: true, createdAt: true,
      organization: { select: { id: true, name: true } },
      accounts: { select: { provider: true, providerAccountId: true } },
      // CVs with their text and parsed profile; the original files are downloaded one by one from the CV page.
      cvs: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, fileName: true, mime: true, size: true, sha256: true, text: true, profile: true, parseMethod: true, createdAt: true } },
      jobPostings: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, company: true, text: true, analysis: true, createdAt: true } },
      applications: { orderBy: { createdAt: "asc" }, select: { id: true, cvId: true, jobId: true, status: true, fit: true, tailoring: true, coverLetter: true, createdAt: true } },
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
 * (all cascade), and their organisation when they were its only member. The last admin of an
 * organisation that still has members is refused: the others would be left with nobody to manage it.
 */
export function deleteUserAndOwnedData(db: PrismaClient, { id }: { id: string }): Promise<"deleted" | "not_found" | "last_admin"> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { organizationId: true, role: true } });
    if (!user) return "not_found";
    if (user.organizationId && user.role === "ADMIN") {
      const [admins, members] = await Promise.all([
        tx.user.count({ where: { organizationId: user.organizationId, role: "ADMIN" } }),
        tx.user.count({ where: { organizationId: user.organizationId } }),
      ]);
      if (admins === 1 && members > 1) return "last_admin";
    }
    await tx.generation.deleteMany({ where: { userId: id } });
    await tx.user.delete({ where: { id } });
    if (user.organizationId && (await tx.user.count({ where: { organizationId: user.organizationId } })) === 0) {
      await tx.generation.deleteMany({ where: { orgId: user.organizationId } });
      await tx.organization.delete({ where: { id: user.organizationId } });
    }
    return "deleted";
  });
}
