import { Prisma, type GenerationStatus, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ExperimentRow } from "@/lib/experiments/compare";
import { maxUsageRows } from "@/lib/usage/load";

type Raw = { version: number; status: GenerationStatus; length: number; ttftMs: number | null; up: bigint; down: bigint; editDistance: number | null };

/**
 * The organisation's documents written with either version of a prompt since `from`, with their
 * ratings and the mean distance of the edits saved from them. Lengths and counts are worked out by
 * the database, so no document text is read.
 */
export async function loadExperimentRows(
  db: PrismaClient,
  { orgId, promptId, versions, from }: { orgId: string; promptId: string; versions: readonly [number, number]; from: Date },
): Promise<ExperimentRow[]> {
  const rows = await db.$queryRaw<Raw[]>(Prisma.sql`
    SELECT g."promptVersion" AS version, g.status, length(g.output) AS length, g."ttftMs",
      (SELECT count(*) FROM "Feedback" f WHERE f."generationId" = g.id AND f.rating = 'UP') AS up,
      (SELECT count(*) FROM "Feedback" f WHERE f."generationId" = g.id AND f.rating = 'DOWN') AS down,
      (SELECT avg(e.distance) FROM "DocumentEdit" e WHERE e."generationId" = g.id) AS "editDistance"
    FROM "Generation" g
    WHERE g."orgId" = ${orgId} AND g."promptId" = ${promptId} AND g."promptVersion" IN (${versions[0]}, ${versions[1]})
      AND g."createdAt" >= ${from} AND g.provider IS DISTINCT FROM 'edit'
      -- the offline engine reads no prompt file: its drafts say nothing about either version
      AND g.provider IS DISTINCT FROM 'offline'
    ORDER BY g."createdAt" DESC
    LIMIT ${maxUsageRows}`);
  return rows.map((r) => ({ ...r, up: Number(r.up), down: Number(r.down), editDistance: r.editDistance === null ? null : Number(r.editDistance) }));
}
