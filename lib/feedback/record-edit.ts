import type { PrismaClient } from "@/lib/generated/prisma/client";
import { normalisedEditDistance } from "@/lib/feedback/edit-distance";

/** Edits of edits are followed back this far to the text a model wrote; real chains are a few long. */
const maxAncestors = 50;

/**
 * Records how far an edited version moved from the text a model wrote: the nearest ancestor that is
 * not itself an edit. Runs after the response; a version with no written ancestor records nothing.
 */
export async function recordDocumentEdit(db: PrismaClient, { versionId }: { versionId: string }) {
  const version = await db.generation.findUnique({ where: { id: versionId }, select: { output: true, parentId: true } });
  if (!version) return null;
  let parentId = version.parentId;
  for (let step = 0; parentId && step < maxAncestors; step++) {
    const parent = await db.generation.findUnique({ where: { id: parentId }, select: { id: true, output: true, provider: true, parentId: true } });
    if (!parent) return null;
    if (parent.provider !== "edit") {
      const distance = normalisedEditDistance(parent.output, version.output);
      return db.documentEdit.upsert({
        where: { versionId },
        create: { versionId, generationId: parent.id, distance },
        update: { distance },
        select: { generationId: true, distance: true },
      });
    }
    parentId = parent.parentId;
  }
  return null;
}
