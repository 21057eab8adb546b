import { scopeWhere, type DocumentScope } from "@/lib/db/queries/document-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export function getPasswordHashByUserId(db: PrismaClient, { id }: { id: string }) {
  return db.user.findUnique({ where: { id }, select: { passwordHash: true } });
}

/** Whether the account signs in with a password (accounts made through GitHub or Google may not). */
export async function userHasPassword(db: PrismaClient, { id }: { id: string }): Promise<boolean> {
  return (await db.user.count({ where: { id, passwordHash: { not: null } } })) === 1;
}

/**
 * Stores the new hash and ends every other session of the user in one transaction; the session the
 * change was made from (`keepSessionId`, the stored id) stays signed in.
 */
export function updatePasswordHashByUserId(db: PrismaClient, { id, passwordHash, keepSessionId }: { id: string; passwordHash: string; keepSessionId: string }) {
  return db.$transaction([
    db.user.update({ where: { id }, data: { passwordHash }, select: { id: true } }),
    db.signInSession.deleteMany({ where: { userId: id, id: { not: keepSessionId } } }),
  ]);
}

/**
 * Everything the app holds about a user, for "download my data". Never the password hash. Documents
 * are the ones the user wrote and may still see (`scope`, from lib/auth/document-scope.ts): what they
 * wrote for an organisation they have left belongs to that organisation and is not theirs to take.
 */
export async function exportUserDataById(db: PrismaClient, { id, scope }: { id: string; scope: DocumentScope }) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      organization: { select: { id: true, name: true } },
      accounts: { select: { provider: true, providerAccountId: true } },
      // CVs with their text and parsed profile; the original files are downloaded one by one from the CV page.
      // Their own CVs only: the candidates' CVs they uploaded are the organisation's.
      cvs: {
        where: { orgId: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, fileName: true, mime: true, size: true, sha256: true, text: true, profile: true, parseMethod: true, createdAt: true },
      },
      conversations: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          cvId: true,
          title: true,
          createdAt: true,
          messages: { orderBy: { createdAt: "asc" }, select: { role: true, text: true, status: true, createdAt: true } },
        },
      },
      jobPostings: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, company: true, text: true, analysis: true, createdAt: true } },
      applications: {
        orderBy: { createdAt: "asc" },
        select: { id: true, cvId: true, jobId: true, status: true, fit: true, tailoring: true, coverLetter: true, createdAt: true },
      },
      generations: {
        where: scopeWhere(scope),
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          task: true,
          title: true,
          input: true,
          output: true,
          status: true,
          model: true,
          provider: true,
          promptId: true,
          promptVersion: true,
          parentId: true,
          createdAt: true,
        },
      },
    },
  });
  return user ? { exportedAt: new Date().toISOString(), ...user } : null;
}

/**
 * Deletes the user and everything that is theirs in one transaction: their personal documents, CVs,
 * postings, applications, conversations, "Ask my CV" links, sessions and linked sign-ins. What they did for an organisation stays with
 * it: its documents lose their author (shown as a former member) and its invitations their sender;
 * the audit log keeps its record. An organisation left with no members goes too, with its documents
 * (they cascade from it). The last admin of an organisation that still has members is refused: the
 * others would be left with nobody to manage it.
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
    // Personal documents and CVs go explicitly; CHECK constraints refuse to leave one without an owner.
    // Candidates' CVs they uploaded stay with the organisation.
    await tx.generation.deleteMany({ where: { userId: id, orgId: null } });
    await tx.cv.deleteMany({ where: { userId: id, orgId: null } });
    await tx.user.delete({ where: { id } });
    if (user.organizationId && (await tx.user.count({ where: { organizationId: user.organizationId } })) === 0) {
      await tx.organization.delete({ where: { id: user.organizationId } });
    }
    return "deleted";
  });
}
