import { storedProfile } from "@/lib/db/stored-shapes";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A link belongs to its CV's owner: every owner query takes the user id, and only a job seeker's own
// CV (not an organisation's candidate CV) can have one.

export function getShareLink(db: PrismaClient, { cvId, userId }: { cvId: string; userId: string }) {
  return db.cvShareLink.findFirst({ where: { cvId, userId }, select: { id: true, enabled: true, rotatedAt: true, createdAt: true } });
}

/** Turns the link of one of the user's own CVs on or off, creating it the first time. False when the CV is not theirs. */
export async function setShareLinkEnabled(
  db: PrismaClient,
  { cvId, userId, enabled, tokenHashFor }: { cvId: string; userId: string; enabled: boolean; tokenHashFor: (link: { id: string; rotatedAt: Date }) => string },
) {
  return db.$transaction(async (tx) => {
    const cv = await tx.cv.findFirst({ where: { id: cvId, userId, orgId: null }, select: { id: true } });
    if (!cv) return false;
    const existing = await tx.cvShareLink.findUnique({ where: { cvId }, select: { id: true } });
    if (existing) await tx.cvShareLink.update({ where: { id: existing.id }, data: { enabled } });
    else {
      // The token depends on the row's id and rotation time, so the row is written, then given its hash.
      const created = await tx.cvShareLink.create({ data: { cvId, userId, enabled, tokenHash: `pending:${cvId}` }, select: { id: true, rotatedAt: true } });
      await tx.cvShareLink.update({ where: { id: created.id }, data: { tokenHash: tokenHashFor(created) } });
    }
    return true;
  });
}

/** Gives the link a new token: the old link stops working at once. */
export async function rotateShareLink(
  db: PrismaClient,
  { cvId, userId, tokenHashFor }: { cvId: string; userId: string; tokenHashFor: (link: { id: string; rotatedAt: Date }) => string },
) {
  const link = await db.cvShareLink.findFirst({ where: { cvId, userId }, select: { id: true } });
  if (!link) return false;
  const rotatedAt = new Date();
  await db.cvShareLink.update({ where: { id: link.id }, data: { rotatedAt, tokenHash: tokenHashFor({ id: link.id, rotatedAt }) } });
  return true;
}

/** The CV behind an enabled link, for a visitor. Null for an unknown, rotated or disabled link. */
export async function openSharedCv(db: PrismaClient, { tokenHash }: { tokenHash: string }) {
  const link = await db.cvShareLink.findUnique({
    where: { tokenHash },
    select: { id: true, enabled: true, cv: { select: { id: true, name: true, text: true, profile: true } } },
  });
  if (!link?.enabled) return null;
  return { linkId: link.id, cv: { ...link.cv, profile: storedProfile.read(link.cv.profile, link.cv.id) } };
}

/** What visitors asked through the link of one of the user's CVs, newest first, with how each was answered. */
export async function listVisitorQuestions(db: PrismaClient, { cvId, userId, take = 200 }: { cvId: string; userId: string; take?: number }) {
  const conversations = await db.conversation.findMany({
    where: { cvId, shareLink: { userId }, cv: { userId } },
    select: { id: true, messages: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, text: true, kind: true, createdAt: true } } },
    orderBy: { updatedAt: "desc" },
    take: 100,
  });
  const questions = conversations.flatMap((c, visitor) =>
    c.messages.flatMap((m, i) =>
      m.role === "USER" ? [{ id: m.id, visitor: visitor + 1, text: m.text, askedAt: m.createdAt, answerKind: c.messages[i + 1]?.kind ?? null }] : [],
    ),
  );
  return questions.sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime()).slice(0, take);
}
