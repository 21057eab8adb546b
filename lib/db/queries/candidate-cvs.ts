import { deleteCvAndParsedContent } from "@/lib/db/queries/parsed-content";
import { storedProfile } from "@/lib/db/stored-shapes";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A candidate's CV belongs to the organisation whose HR uploaded it: every query takes the
// organisation and filters on it, so one organisation never reaches another's candidates. They are
// created with createCv (lib/db/queries/cvs.ts) and its `orgId`, which shares the duplicate check.

const summary = {
  id: true,
  name: true,
  fileName: true,
  mime: true,
  confidence: true,
  warnings: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
} as const;

/** The organisation's candidate CVs, newest first, with who uploaded each. */
export async function listCandidateCvsByOrgId(db: PrismaClient, { orgId }: { orgId: string }) {
  const rows = await db.cv.findMany({ where: { orgId }, orderBy: { createdAt: "desc" }, select: summary });
  // A CV stays with the organisation when its uploader leaves.
  return rows.map(({ user, ...row }) => ({ ...row, uploadedBy: user ? (user.name ?? user.email) : "a former member" }));
}

export async function getCandidateCvForOrg(db: PrismaClient, { id, orgId }: { id: string; orgId: string }) {
  const row = await db.cv.findFirst({ where: { id, orgId }, select: { id: true, name: true, userId: true, orgId: true, text: true, profile: true } });
  return row ? { ...row, profile: storedProfile.read(row.profile, row.id) } : null;
}

export function deleteCandidateCvForOrg(db: PrismaClient, { id, orgId }: { id: string; orgId: string }) {
  return deleteCvAndParsedContent(db, { id, orgId });
}
