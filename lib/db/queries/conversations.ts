import { noChecks, storedAnswerChecks, type AnswerChecks } from "@/lib/chat/stored-answer";
import { newId } from "@/lib/db/ids";
import type { GenerationStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Every query takes the conversation's owner and filters on it: a signed-in asker's user id, or a
// visitor's share link and cookie key. Nobody reads or changes a conversation that is not theirs.

export type ConversationOwner = { userId: string } | { shareLinkId: string; visitorKey: string };

const ownerWhere = (owner: ConversationOwner): Prisma.ConversationWhereInput =>
  "userId" in owner ? { userId: owner.userId } : { shareLinkId: owner.shareLinkId, visitorKey: owner.visitorKey };

const messageFields = {
  id: true,
  role: true,
  text: true,
  status: true,
  kind: true,
  citations: true,
  model: true,
  ttftMs: true,
  error: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type StoredMessage = {
  id: string;
  role: "USER" | "ASSISTANT";
  text: string;
  status: GenerationStatus;
  kind: string | null;
  checks: AnswerChecks;
  model: string | null;
  ttftMs: number | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
};

function toStoredMessage({ citations, ...row }: Prisma.MessageGetPayload<{ select: typeof messageFields }>): StoredMessage {
  return { ...row, checks: row.role === "ASSISTANT" ? storedAnswerChecks.read(citations, row.id) : noChecks() };
}

export function createConversation(
  db: PrismaClient,
  { owner, cvId, jobId, title }: { owner: ConversationOwner; cvId: string; jobId?: string | null; title: string },
) {
  return db.conversation.create({ data: { ...owner, cvId, jobId: jobId ?? null, title }, select: { id: true } });
}

/** The owner's conversations, newest first, optionally about one CV and matching words of the title or of any message. */
export function listConversations(
  db: PrismaClient,
  { owner, cvId, search, take = 50 }: { owner: ConversationOwner; cvId?: string; search?: string; take?: number },
) {
  const words = search?.trim();
  return db.conversation.findMany({
    where: {
      ...ownerWhere(owner),
      ...(cvId ? { cvId } : {}),
      ...(words
        ? { OR: [{ title: { contains: words, mode: "insensitive" } }, { messages: { some: { text: { contains: words, mode: "insensitive" } } } }] }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, title: true, cvId: true, updatedAt: true, cv: { select: { name: true } }, _count: { select: { messages: true } } },
  });
}

export async function getConversation(db: PrismaClient, { id, owner }: { id: string; owner: ConversationOwner }) {
  const row = await db.conversation.findFirst({
    where: { id, ...ownerWhere(owner) },
    select: { id: true, title: true, cvId: true, jobId: true, shareLinkId: true, messages: { orderBy: { createdAt: "asc" }, select: messageFields } },
  });
  return row ? { ...row, messages: row.messages.map(toStoredMessage) } : null;
}

export async function renameConversation(db: PrismaClient, { id, owner, title }: { id: string; owner: ConversationOwner; title: string }) {
  const { count } = await db.conversation.updateMany({ where: { id, ...ownerWhere(owner) }, data: { title } });
  return count === 1;
}

export async function deleteConversation(db: PrismaClient, { id, owner }: { id: string; owner: ConversationOwner }) {
  const { count } = await db.conversation.deleteMany({ where: { id, ...ownerWhere(owner) } });
  return count === 1;
}

const titleFrom = (question: string) => (question.length <= 80 ? question : `${question.slice(0, 79)}…`);

/**
 * Saves a question and the empty answer that will stream into it, in one short transaction, before any
 * model is called. `deleting` are the messages an edited or re-asked question replaces (it and what
 * follows it). The first question names the conversation. The question keeps the id the browser gave
 * it, so the browser can name it when editing it. Returns null when the conversation is not the
 * owner's, and then writes nothing.
 */
export async function addQuestion(
  db: PrismaClient,
  {
    conversationId,
    owner,
    questionId,
    text,
    deleting = [],
    first = false,
  }: { conversationId: string; owner: ConversationOwner; questionId: string; text: string; deleting?: string[]; first?: boolean },
) {
  const answerId = newId();
  return db.$transaction(async (tx) => {
    // The owner check and the conversation's new time (and name) in one statement.
    const { count } = await tx.conversation.updateMany({
      where: { id: conversationId, ...ownerWhere(owner) },
      data: first ? { title: titleFrom(text) } : { updatedAt: new Date() },
    });
    if (count !== 1) return null;
    if (deleting.length) await tx.message.deleteMany({ where: { conversationId, id: { in: deleting } } });
    const now = Date.now();
    await tx.message.createMany({
      data: [
        { id: questionId, conversationId, role: "USER", text, createdAt: new Date(now) },
        // A millisecond later, so the answer always sorts after its question.
        { id: answerId, conversationId, role: "ASSISTANT", status: "STREAMING", citations: storedAnswerChecks.write(noChecks()), createdAt: new Date(now + 1) },
      ],
    });
    return { questionId, answerId };
  });
}

/** Keeps the text written so far. False when the answer is no longer streaming: it was stopped, here or on another instance. */
export async function saveAnswerProgress(db: PrismaClient, { id, text }: { id: string; text: string }) {
  const { count } = await db.message.updateMany({ where: { id, status: "STREAMING" }, data: { text } });
  return count === 1;
}

export type AnswerUsage = { model: string; provider: string; inputTokens?: number; outputTokens?: number; ttftMs?: number; durationMs: number };

export async function finishAnswer(
  db: PrismaClient,
  {
    id,
    status,
    text,
    kind,
    checks,
    usage,
    error,
  }: { id: string; status: GenerationStatus; text: string; kind: string | null; checks: AnswerChecks; usage: AnswerUsage; error?: string },
) {
  await db.message.update({
    where: { id },
    data: { status, text, kind, citations: storedAnswerChecks.write(checks, id), ...usage, error: error ?? null },
  });
}

/** Stops a streaming answer of the owner's, whichever instance writes it; the writer notices at its next save. */
export async function stopAnswer(db: PrismaClient, { conversationId, owner }: { conversationId: string; owner: ConversationOwner }) {
  const { count } = await db.message.updateMany({
    where: { conversationId, status: "STREAMING", conversation: ownerWhere(owner) },
    data: { status: "CANCELLED" },
  });
  return count > 0;
}

/** The answer as it stands, for a reader following it from another request or instance. */
export async function readLiveAnswer(db: PrismaClient, { id }: { id: string }) {
  const row = await db.message.findUnique({ where: { id }, select: messageFields });
  return row ? toStoredMessage(row) : null;
}

/** Answers left STREAMING by a process that died become INTERRUPTED, keeping their partial text. */
export async function sweepAbandonedAnswers(db: PrismaClient, { olderThanMs }: { olderThanMs: number }) {
  const { count } = await db.message.updateMany({
    where: { status: "STREAMING", updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: { status: "INTERRUPTED", error: "interrupted:server" },
  });
  return count;
}
