import type { ReadCv } from "@/lib/cv/ingest";
import type { Profile } from "@/lib/cv/profile";
import { storedProfile } from "@/lib/db/stored-shapes";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// Every query takes the owner: a CV is visible to nobody else, admins included.

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

/** Saves a read CV in one insert; a file the user already uploaded is not stored twice. */
export async function createCv(
  db: PrismaClient,
  { userId, name, fileName, file, read }: { userId: string; name: string; fileName: string | null; file: Uint8Array | null; read: ReadCv },
) {
  try {
    const created = await db.cv.create({
      data: {
        userId,
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
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await db.cv.findUnique({ where: { userId_sha256: { userId, sha256: read.sha256 } }, select: { id: true, name: true } });
      if (existing) return { id: null, duplicateOf: existing };
    }
    throw error;
  }
}

export function listCvsByUserId(db: PrismaClient, { userId }: { userId: string }) {
  return db.cv.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: summary });
}

/** Every CV of the user with its profile, for ranking them against a job. */
export async function listCvProfilesByUserId(db: PrismaClient, { userId }: { userId: string }) {
  const rows = await db.cv.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, profile: true } });
  return rows.map((row) => ({ ...row, profile: storedProfile.read(row.profile, row.id) }));
}

export async function getCvForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const row = await db.cv.findFirst({ where: { id, userId }, select: { ...summary, text: true, profile: true } });
  return row ? { ...row, profile: storedProfile.read(row.profile, row.id) } : null;
}

export function getCvFileForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  return db.cv.findFirst({ where: { id, userId }, select: { file: true, mime: true, fileName: true, name: true } });
}

export async function renameCvForUser(db: PrismaClient, { id, userId, name }: { id: string; userId: string; name: string }) {
  const { count } = await db.cv.updateMany({ where: { id, userId }, data: { name } });
  return count === 1;
}

export async function deleteCvForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.cv.deleteMany({ where: { id, userId } });
  return count === 1;
}

export async function saveCvProfileForUser(
  db: Prisma.TransactionClient,
  { id, userId, profile, confidence, parseMethod }: { id: string; userId: string; profile: Profile; confidence: number; parseMethod?: string },
) {
  const { count } = await db.cv.updateMany({ where: { id, userId }, data: { profile: storedProfile.write(profile, id), confidence, parseMethod } });
  return count === 1;
}
