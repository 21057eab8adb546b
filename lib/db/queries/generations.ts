import type { GenerationStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type GenerationUsage = {
  model: string;
  provider: string;
  inputTokens?: number;
  outputTokens?: number;
  ttftMs?: number;
  durationMs: number;
};

export function createGeneration(
  db: PrismaClient,
  data: { id?: string; userId: string; orgId: string | null; task: string; title: string; input: Prisma.InputJsonValue; promptId: string; promptVersion: number; parentId?: string },
) {
  return db.generation.create({ data, select: { id: true, createdAt: true } });
}

/**
 * Saves the text so far while the model is still writing, so a crash keeps it. Returns false when the
 * row is no longer STREAMING (stopped by the user, possibly through another app instance).
 */
export async function saveGenerationProgress(db: PrismaClient, { id, output }: { id: string; output: string }) {
  const { count } = await db.generation.updateMany({ where: { id, status: "STREAMING" }, data: { output } });
  return count === 1;
}

/** Writes the final state once; a row already stopped by its owner keeps CANCELLED. */
export async function finishGeneration(
  db: PrismaClient,
  { id, status, output, usage, error }: { id: string; status: GenerationStatus; output: string; usage?: GenerationUsage; error?: string },
) {
  const { count } = await db.generation.updateMany({
    where: { id, status: "STREAMING" },
    data: { status, output, error: error ?? null, ...usage },
  });
  if (count === 0 && usage) {
    // Stopped elsewhere: keep the status but record the text and who wrote it.
    await db.generation.updateMany({ where: { id, status: "CANCELLED" }, data: { output, ...usage } });
  }
}

export async function cancelGenerationByIdForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.generation.updateMany({ where: { id, userId, status: "STREAMING" }, data: { status: "CANCELLED" } });
  return count === 1;
}

export function getGenerationByIdForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  return db.generation.findFirst({ where: { id, userId } });
}

export const historyPageSize = 20;

/** Newest first, cursor-paged on (createdAt, id) so deep pages stay as fast as the first. */
export async function listGenerationsByUserId(
  db: PrismaClient,
  { userId, cursor, limit = historyPageSize }: { userId: string; cursor?: string; limit?: number },
) {
  const rows = await db.generation.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: { id: true, task: true, title: true, status: true, model: true, provider: true, createdAt: true, durationMs: true },
  });
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextCursor: hasMore ? items.at(-1)?.id : undefined };
}

export async function deleteGenerationByIdForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.generation.deleteMany({ where: { id, userId } });
  return count === 1;
}

/** Rows left STREAMING by a process that died become INTERRUPTED, keeping their partial text. */
export async function sweepAbandonedGenerations(db: PrismaClient, { olderThanMs }: { olderThanMs: number }) {
  const { count } = await db.generation.updateMany({
    where: { status: "STREAMING", updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: { status: "INTERRUPTED", error: "interrupted:server" },
  });
  return count;
}
