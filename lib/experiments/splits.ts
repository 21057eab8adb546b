import type { PrismaClient } from "@/lib/generated/prisma/client";

// Read before every model call of an organisation's documents, so kept for a few seconds rather than
// asked of the database on the way to the first token. A change made on this instance applies at once.
const SHARE_TTL_MS = 30_000;
const shares = new Map<string, { share: number; until: number }>();

/** The organisation's share (percent) of documents written with a prompt's second version; 0 when unset. */
export async function shareOfB(db: PrismaClient, { orgId, promptId }: { orgId: string; promptId: string }): Promise<number> {
  const key = `${orgId}\n${promptId}`;
  const known = shares.get(key);
  if (known && known.until > Date.now()) return known.share;
  const row = await db.promptSplit.findUnique({ where: { orgId_promptId: { orgId, promptId } }, select: { shareB: true } });
  const share = row?.shareB ?? 0;
  shares.set(key, { share, until: Date.now() + SHARE_TTL_MS });
  return share;
}

export async function listSplits(db: PrismaClient, { orgId }: { orgId: string }): Promise<Map<string, number>> {
  const rows = await db.promptSplit.findMany({ where: { orgId }, select: { promptId: true, shareB: true } });
  return new Map(rows.map((r) => [r.promptId, r.shareB]));
}

export function saveSplit(db: PrismaClient, { orgId, promptId, shareB }: { orgId: string; promptId: string; shareB: number }) {
  shares.delete(`${orgId}\n${promptId}`);
  return db.promptSplit.upsert({
    where: { orgId_promptId: { orgId, promptId } },
    create: { orgId, promptId, shareB },
    update: { shareB },
  });
}
