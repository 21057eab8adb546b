import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { UsageRow } from "@/lib/usage/aggregate";

/**
 * Requests read for one page, newest first: far more than a month of a busy organisation, and a bound
 * on the memory one page view can take.
 */
export const maxUsageRows = 20_000;

type Person = { name: string | null; email: string; organizationId: string | null } | null;

/** Members by name; someone who left the organisation is not named to its admins any more. */
function whoOf(orgId: string, user: Person): string {
  return user && user.organizationId === orgId ? (user.name ?? user.email) : "Former member";
}

const person = { select: { name: true, email: true, organizationId: true } } as const;
const figures = { model: true, status: true, inputTokens: true, outputTokens: true, ttftMs: true, durationMs: true, createdAt: true, id: true } as const;

/**
 * The organisation's model requests since `from`: documents it owns (saved edits are not model work)
 * and answers about its candidates' CVs. A job seeker's own documents and chats belong to no
 * organisation and are never read here.
 */
export async function loadUsageRows(db: PrismaClient, { orgId, from }: { orgId: string; from: Date }): Promise<UsageRow[]> {
  const [documents, answers] = await Promise.all([
    db.generation.findMany({
      where: { orgId, createdAt: { gte: from }, NOT: { provider: "edit" } },
      select: { ...figures, task: true, user: person },
      orderBy: { createdAt: "desc" },
      take: maxUsageRows,
    }),
    db.message.findMany({
      where: { role: "ASSISTANT", createdAt: { gte: from }, conversation: { cv: { orgId } } },
      select: { ...figures, conversation: { select: { user: person } } },
      orderBy: { createdAt: "desc" },
      take: maxUsageRows,
    }),
  ]);
  return [
    ...documents.map(({ user, ...d }) => ({ ...d, kind: "document" as const, who: whoOf(orgId, user) })),
    ...answers.map(({ conversation, ...a }) => ({ ...a, kind: "answer" as const, task: "resume-chat", who: whoOf(orgId, conversation.user) })),
  ];
}
