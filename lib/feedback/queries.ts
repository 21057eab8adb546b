import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Rating } from "@/lib/feedback/schema";

export type Target = { generationId: string } | { messageId: string };

/** Records or changes the person's one rating of a document or an answer; an empty reason clears it. */
export function saveFeedback(db: PrismaClient, { userId, target, rating, reason }: { userId: string; target: Target; rating: Rating; reason?: string }) {
  const data = { rating, reason: reason || null };
  const where = "generationId" in target ? { userId_generationId: { userId, ...target } } : { userId_messageId: { userId, ...target } };
  return db.feedback.upsert({ where, create: { userId, ...target, ...data }, update: data, select: { rating: true, reason: true } });
}

/** The person's own rating of one item, to show in its rating control. */
export async function ownRatingOf(db: PrismaClient, { userId, target }: { userId: string; target: Target }) {
  return db.feedback.findFirst({ where: { userId, ...target }, select: { rating: true, reason: true } });
}

/** The person's ratings of the answers of one conversation, by answer id. */
export async function ownAnswerRatings(db: PrismaClient, { userId, conversationId }: { userId: string; conversationId: string }) {
  const rows = await db.feedback.findMany({
    where: { userId, message: { conversationId } },
    select: { messageId: true, rating: true, reason: true },
  });
  return new Map(rows.map((r) => [r.messageId!, { rating: r.rating, reason: r.reason }]));
}

/** The conversation of a finished answer the person asked for, or null: the only answers they may rate. */
export async function conversationOfOwnFinishedAnswer(db: PrismaClient, { userId, messageId }: { userId: string; messageId: string }) {
  const found = await db.message.findFirst({
    where: { id: messageId, role: "ASSISTANT", status: { not: "STREAMING" }, conversation: { userId } },
    select: { conversationId: true },
  });
  return found?.conversationId ?? null;
}
