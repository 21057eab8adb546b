import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type ParsedContentKey = { key: string; userId: string; task: string; contentSha256: string; parserVersion: string };

export async function findParsedContent(db: PrismaClient, key: string): Promise<unknown> {
  const row = await db.parsedContent.findUnique({ where: { key }, select: { result: true } });
  return row?.result ?? null;
}

/** Stores a result; a concurrent identical parse may have stored it first, which is the same result. */
export async function storeParsedContent(db: PrismaClient, entry: ParsedContentKey & { result: Prisma.InputJsonValue }) {
  await db.parsedContent.createMany({ data: [entry], skipDuplicates: true });
}

/**
 * Deletes a CV and forgets what was read from its content, whoever uploaded that content: the
 * stored profile is a copy of the CV, and must not outlive it.
 */
export async function deleteCvAndParsedContent(db: PrismaClient, where: Prisma.CvWhereInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const cv = await tx.cv.findFirst({ where, select: { id: true, sha256: true } });
    if (!cv) return false;
    await tx.cv.delete({ where: { id: cv.id } });
    await tx.parsedContent.deleteMany({ where: { contentSha256: cv.sha256 } });
    return true;
  });
}

/** Results stored before `before`: content uploaded again after that is simply parsed again. */
export async function purgeParsedContentBefore(db: PrismaClient, before: Date): Promise<number> {
  const { count } = await db.parsedContent.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
