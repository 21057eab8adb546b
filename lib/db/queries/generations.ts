import { isId } from "@/lib/db/ids";
import { scopeSql, scopeWhere, type DocumentScope } from "@/lib/db/queries/document-scope";
import { Prisma, type GenerationStatus, type PrismaClient } from "@/lib/generated/prisma/client";

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
  data: {
    id?: string;
    userId: string;
    orgId: string | null;
    task: string;
    title: string;
    input: Prisma.InputJsonValue;
    promptId: string;
    promptVersion: number;
    parentId?: string;
  },
) {
  return db.generation.create({ data, select: { id: true, createdAt: true } });
}

/**
 * Saves the text so far while the model is still writing, so a crash keeps it and readers on other tabs
 * or instances see it, with the model once one answers. Returns false when the row is no longer
 * STREAMING (stopped by the user, possibly through another app instance).
 */
export async function saveGenerationProgress(
  db: PrismaClient,
  { id, output, model, provider }: { id: string; output: string; model?: string; provider?: string },
) {
  const { count } = await db.generation.updateMany({ where: { id, status: "STREAMING" }, data: { output, model, provider } });
  return count === 1;
}

/** What a reader following a document needs, read again at each step; the caller has checked the document is theirs to read. */
export function readLiveGeneration(db: PrismaClient, { id }: { id: string }) {
  return db.generation.findUnique({
    where: { id },
    select: { id: true, output: true, status: true, updatedAt: true, model: true, provider: true, error: true },
  });
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

/** Only the author stops a document being written; colleagues see it but do not control the stream. */
export async function cancelGenerationByIdForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.generation.updateMany({ where: { id, userId, status: "STREAMING" }, data: { status: "CANCELLED" } });
  return count === 1;
}

/** Who wrote a document, as its readers see them: null when the author has left the document's organisation or deleted their account. */
export type DocumentAuthor = { id: string; name: string } | null;

const authorSelect = { select: { id: true, name: true, email: true, organizationId: true } } as const;

function authorOf(orgId: string | null, user: { id: string; name: string | null; email: string; organizationId: string | null } | null): DocumentAuthor {
  if (!user || (orgId !== null && user.organizationId !== orgId)) return null;
  return { id: user.id, name: user.name ?? user.email };
}

export async function getGenerationInScope(db: PrismaClient, { id, scope }: { id: string; scope: DocumentScope }) {
  const row = await db.generation.findFirst({ where: { id, ...scopeWhere(scope) }, include: { user: authorSelect } });
  if (!row) return null;
  const { user, ...generation } = row;
  return { ...generation, author: authorOf(generation.orgId, user) };
}

export const historyPageSize = 20;

export type HistoryFilters = {
  /** Words to find in the title or text; the last word also matches as a prefix ("engin" finds "engineer"). */
  query?: string;
  task?: string;
  /** A provider ("groq", "offline") or a full model id. */
  model?: string;
  from?: Date;
  to?: Date;
};

export type HistoryRow = {
  id: string;
  task: string;
  title: string;
  status: GenerationStatus;
  model: string | null;
  provider: string | null;
  createdAt: Date;
  durationMs: number | null;
  author: DocumentAuthor;
};

/** Builds a prefix-aware full-text query from what the user typed; null when nothing searchable is left. */
export function toTsQuery(query: string): string | null {
  const words =
    query
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  if (!words.length) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
}

export function encodeHistoryCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeHistoryCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  return isId(id) && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

/**
 * One page of the documents in a scope (an organisation's or one person's), newest first, with search and filters. Keyset-paged on (createdAt, id)
 * so page 500 costs what page 1 costs; the search uses the GIN index on "searchVector".
 */
export async function listGenerationsInScope(
  db: PrismaClient,
  { scope, cursor, limit = historyPageSize, filters = {} }: { scope: DocumentScope; cursor?: string; limit?: number; filters?: HistoryFilters },
) {
  const after = cursor ? decodeHistoryCursor(cursor) : null;
  const tsQuery = filters.query ? toTsQuery(filters.query) : null;
  const conditions = [scopeSql(scope, "g")];
  if (after) conditions.push(Prisma.sql`(g."createdAt", g."id") < (${after.createdAt}, ${after.id})`);
  if (tsQuery) conditions.push(Prisma.sql`g."searchVector" @@ to_tsquery('simple', ${tsQuery})`);
  if (filters.task) conditions.push(Prisma.sql`g."task" = ${filters.task}`);
  if (filters.model) conditions.push(filters.model.includes(":") ? Prisma.sql`g."model" = ${filters.model}` : Prisma.sql`g."provider" = ${filters.model}`);
  if (filters.from) conditions.push(Prisma.sql`g."createdAt" >= ${filters.from}`);
  if (filters.to) conditions.push(Prisma.sql`g."createdAt" < ${filters.to}`);
  // Postgres's statistics on "searchVector" tell it how common each word is: a rare word is read
  // from the full-text index and sorted, a common one found fastest by walking in date order.
  // The author is joined only while still in the document's organisation (any author of a personal document).
  const rows = await db.$queryRaw<(Omit<HistoryRow, "author"> & { authorId: string | null; authorName: string })[]>`
    SELECT g."id", g."task", g."title", g."status", g."model", g."provider", g."createdAt", g."durationMs",
      u."id" AS "authorId", COALESCE(u."name", u."email") AS "authorName"
    FROM "Generation" g
    LEFT JOIN "User" u ON u."id" = g."userId" AND (g."orgId" IS NULL OR u."organizationId" = g."orgId")
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY g."createdAt" DESC, g."id" DESC
    LIMIT ${limit + 1}`;
  const hasMore = rows.length > limit;
  const items: HistoryRow[] = (hasMore ? rows.slice(0, limit) : rows).map(({ authorId, authorName, ...row }) => ({
    ...row,
    author: authorId ? { id: authorId, name: authorName } : null,
  }));
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeHistoryCursor(last) : undefined };
}

/** Deletes a document in the scope; `authorId` limits it to the caller's own (everyone but admins). */
export async function deleteGenerationInScope(db: PrismaClient, { id, scope, authorId }: { id: string; scope: DocumentScope; authorId?: string }) {
  const { count } = await db.generation.deleteMany({ where: { id, ...scopeWhere(scope), ...(authorId ? { userId: authorId } : {}) } });
  return count === 1;
}

/** Saves a hand-edited text as a new version, linked to the version it was edited from. */
export async function createEditedVersion(
  db: PrismaClient,
  { parentId, scope, userId, output }: { parentId: string; scope: DocumentScope; userId: string; output: string },
) {
  const parent = await db.generation.findFirst({ where: { id: parentId, ...scopeWhere(scope) } });
  if (!parent) return null;
  return db.generation.create({
    data: {
      userId,
      orgId: parent.orgId,
      task: parent.task,
      title: parent.title,
      input: parent.input ?? {},
      output,
      status: "COMPLETE",
      model: "edit:you",
      provider: "edit",
      promptId: parent.promptId,
      promptVersion: parent.promptVersion,
      parentId: parent.id,
    },
    select: { id: true },
  });
}

/** The versions a document belongs to: its ancestors, itself, and the versions made from it, oldest first. */
export async function listVersionsOfGeneration(db: PrismaClient, { id, scope }: { id: string; scope: DocumentScope }) {
  const select = { id: true, parentId: true, orgId: true, model: true, status: true, createdAt: true, user: authorSelect } as const;
  const inScope = scopeWhere(scope);
  const chain = [];
  let current = await db.generation.findFirst({ where: { id, ...inScope }, select });
  for (let hops = 0; current && hops < 50; hops++) {
    chain.unshift(current);
    current = current.parentId ? await db.generation.findFirst({ where: { id: current.parentId, ...inScope }, select }) : null;
  }
  const children = await db.generation.findMany({ where: { parentId: id, ...inScope }, select, orderBy: { createdAt: "asc" } });
  return [...chain, ...children].map(({ user, ...version }) => ({ ...version, author: authorOf(version.orgId, user) }));
}

/** Rows left STREAMING by a process that died become INTERRUPTED, keeping their partial text. */
export async function sweepAbandonedGenerations(db: PrismaClient, { olderThanMs }: { olderThanMs: number }) {
  const { count } = await db.generation.updateMany({
    where: { status: "STREAMING", updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: { status: "INTERRUPTED", error: "interrupted:server" },
  });
  return count;
}
