import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { storedProfile } from "@/lib/db/stored-shapes";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The CVs a user may read: their own, and the candidates' CVs of their organisation when they are HR
 * or an admin of it (never its job seekers). Without an organisation there are no candidates: an
 * `orgId: null` condition would match every job seeker's CV.
 */
function readableBy(user: Pick<SessionUser, "id" | "role" | "organizationId">): Prisma.CvWhereInput[] {
  const own = { userId: user.id, orgId: null };
  const { organizationId } = user;
  if ((user.role === "HR" || user.role === "ADMIN") && organizationId) return [own, { orgId: organizationId }];
  return [own];
}

/**
 * A CV the user may ask about, with its text and profile, or null when there is none they may read:
 * the asker's own CV, or a candidate's CV of the organisation they are HR or an admin of. One query,
 * so whether a CV exists is never told apart from whether it may be read.
 */
export async function getReadableCv(db: PrismaClient, user: Pick<SessionUser, "id" | "role" | "organizationId">, cvId: string) {
  const row = await db.cv.findFirst({
    where: { id: cvId, OR: readableBy(user) },
    select: { id: true, name: true, text: true, profile: true, orgId: true, userId: true },
  });
  return row ? { ...row, profile: storedProfile.read(row.profile, row.id) } : null;
}
