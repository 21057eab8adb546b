import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { ReadCv } from "@/lib/cv/ingest";
import type { Profile } from "@/lib/cv/profile";
import { deleteCvAndParsedContent } from "@/lib/db/queries/parsed-content";
import { storedProfile } from "@/lib/db/stored-shapes";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// Every query takes the owner: a CV is visible to nobody else, admins included. A job seeker's own CV
// has no orgId; a CV with one is a candidate's CV an HR user uploaded for their organisation
// (lib/db/queries/candidate-cvs.ts), which must never pass for one of that HR user's own CVs.
const ownCv = (userId: string) => ({ userId, orgId: null });

const summary = {
  id: true,
  name: true,
  fileName: true,
  mime: true,
  size: true,
  parseMethod: true,
  confidence: true,
  warnings: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * Why a file cannot be saved where it was asked for: the uploader already stored the same content as
 * the other kind of CV. One uploader holds one copy of a file (the unique key is the uploader and
 * the hash), and quietly handing back the other kind would show a candidate's CV as one's own.
 */
function collisionMessage(existingOrgId: string | null, wantedOrgId: string | null): string {
  if (existingOrgId === null) {
    return "You already uploaded this file as one of your own CVs in the Job Copilot, so it cannot also be a candidate's CV. If it is a candidate's, delete it from your own CVs first.";
  }
  if (wantedOrgId === null) return "You already uploaded this file as a candidate's CV for your organisation, so it cannot also be one of your own CVs.";
  return "You already uploaded this file as a candidate's CV for another organisation, so it cannot be added here from your account.";
}

/**
 * Saves a read CV in one insert: the user's own CV, or with `orgId` a candidate's CV for that
 * organisation. A file the user already uploaded as the same kind is not stored twice.
 */
export async function createCv(
  db: PrismaClient,
  {
    userId,
    orgId = null,
    name,
    fileName,
    file,
    read,
  }: { userId: string; orgId?: string | null; name: string; fileName: string | null; file: Uint8Array | null; read: ReadCv },
) {
  try {
    const created = await db.cv.create({
      data: {
        userId,
        orgId,
        name,
        fileName,
        file: file ? Buffer.from(file) : null,
        mime: read.mime,
        size: read.size,
        sha256: read.sha256,
        text: read.text,
        profile: storedProfile.write(read.profile),
        parseMethod: read.parseMethod,
        confidence: read.confidence,
        warnings: read.warnings,
      },
      select: { id: true },
    });
    return { id: created.id, duplicateOf: null };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const existing = await db.cv.findUnique({ where: { userId_sha256: { userId, sha256: read.sha256 } }, select: { id: true, name: true, orgId: true } });
      if (existing && existing.orgId === orgId) return { id: null, duplicateOf: { id: existing.id, name: existing.name } };
      if (existing) throw new AppError("conflict:cv", collisionMessage(existing.orgId, orgId));
    }
    throw error;
  }
}

export function listCvsByUserId(db: PrismaClient, { userId }: { userId: string }) {
  return db.cv.findMany({ where: ownCv(userId), orderBy: { createdAt: "desc" }, select: summary });
}

/** Every CV of the user with its profile, for ranking them against a job. */
export async function listCvProfilesByUserId(db: PrismaClient, { userId }: { userId: string }) {
  const rows = await db.cv.findMany({ where: ownCv(userId), orderBy: { createdAt: "desc" }, select: { id: true, name: true, profile: true } });
  return rows.map((row) => ({ ...row, profile: storedProfile.read(row.profile, row.id) }));
}

export async function getCvForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const row = await db.cv.findFirst({ where: { id, ...ownCv(userId) }, select: { ...summary, text: true, profile: true } });
  return row ? { ...row, profile: storedProfile.read(row.profile, row.id) } : null;
}

export function getCvFileForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  return db.cv.findFirst({ where: { id, ...ownCv(userId) }, select: { file: true, mime: true, fileName: true, name: true } });
}

export async function renameCvForUser(db: PrismaClient, { id, userId, name }: { id: string; userId: string; name: string }) {
  const { count } = await db.cv.updateMany({ where: { id, ...ownCv(userId) }, data: { name } });
  return count === 1;
}

export function deleteCvForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  return deleteCvAndParsedContent(db, { id, ...ownCv(userId) });
}

export async function saveCvProfileForUser(
  db: Prisma.TransactionClient,
  { id, userId, profile, confidence, parseMethod }: { id: string; userId: string; profile: Profile; confidence: number; parseMethod?: string },
) {
  const { count } = await db.cv.updateMany({ where: { id, ...ownCv(userId) }, data: { profile: storedProfile.write(profile, id), confidence, parseMethod } });
  return count === 1;
}
