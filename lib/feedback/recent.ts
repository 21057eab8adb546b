import type { PrismaClient } from "@/lib/generated/prisma/client";

export type FeedbackItem = {
  id: string;
  updatedAt: Date;
  rating: "UP" | "DOWN";
  reason: string | null;
  who: string;
  /** "document" with its title and tool, or "answer". */
  target: { kind: "document"; id: string; title: string; task: string } | { kind: "answer" };
};

/** How many ratings the usage page lists: the latest ones; the totals count them all. */
export const recentFeedbackCount = 50;

/**
 * The latest ratings of the organisation's documents and of answers about its candidates' CVs, with
 * their reasons, and the counts of each rating since `from`.
 */
export async function loadFeedback(db: PrismaClient, { orgId, from }: { orgId: string; from: Date }) {
  const inOrg = { updatedAt: { gte: from }, OR: [{ generation: { orgId } }, { message: { conversation: { cv: { orgId } } } }] };
  const [rows, counts] = await Promise.all([
    db.feedback.findMany({
      where: inOrg,
      orderBy: { updatedAt: "desc" },
      take: recentFeedbackCount,
      select: {
        id: true,
        updatedAt: true,
        rating: true,
        reason: true,
        user: { select: { name: true, email: true, organizationId: true } },
        generation: { select: { id: true, title: true, task: true } },
      },
    }),
    db.feedback.groupBy({ by: ["rating"], where: inOrg, _count: { _all: true } }),
  ]);
  const items: FeedbackItem[] = rows.map((r) => ({
    id: r.id,
    updatedAt: r.updatedAt,
    rating: r.rating,
    reason: r.reason,
    who: r.user.organizationId === orgId ? (r.user.name ?? r.user.email) : "Former member",
    target: r.generation ? { kind: "document", ...r.generation } : { kind: "answer" },
  }));
  const countOf = (rating: "UP" | "DOWN") => counts.find((c) => c.rating === rating)?._count._all ?? 0;
  return { items, up: countOf("UP"), down: countOf("DOWN") };
}
