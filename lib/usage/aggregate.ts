import type { GenerationStatus } from "@/lib/generated/prisma/client";
import { costOf, type PriceTable } from "@/lib/usage/cost";
import { percentile } from "@/lib/usage/percentile";

/** One model request as the usage page counts it: a written document or a chat answer. */
export type UsageRow = {
  kind: "document" | "answer";
  id: string;
  createdAt: Date;
  /** The tool's slug, or the chat's task. */
  task: string;
  /** Who asked, as the organisation's admins know them. */
  who: string;
  model: string | null;
  status: GenerationStatus;
  inputTokens: number | null;
  outputTokens: number | null;
  ttftMs: number | null;
  durationMs: number | null;
};

export type Breakdown = { label: string; requests: number; inputTokens: number; outputTokens: number; cost: number; unpriced: number };
export type DayCount = { day: string; documents: number; answers: number; tokens: number };

export type UsageSummary = {
  documents: number;
  answers: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  /** Requests whose model has no price: their cost is not in the estimate. */
  unpriced: number;
  /** FAILED among requests that ended. */
  errorRate: number | null;
  /** Answered by another model than the first of the chain, among answered requests. */
  fallbackRate: number | null;
  ttftP50: number | null;
  ttftP95: number | null;
  byDay: DayCount[];
  byModel: Breakdown[];
  byTask: Breakdown[];
  byUser: Breakdown[];
  slowest: UsageRow[];
};

const tokensOf = (row: UsageRow) => (row.inputTokens ?? 0) + (row.outputTokens ?? 0);
const share = (part: number, whole: number) => (whole ? part / whole : null);

function breakdown(rows: readonly UsageRow[], keyOf: (row: UsageRow) => string, prices: PriceTable): Breakdown[] {
  const groups = new Map<string, Breakdown>();
  for (const row of rows) {
    const label = keyOf(row);
    const group = groups.get(label) ?? { label, requests: 0, inputTokens: 0, outputTokens: 0, cost: 0, unpriced: 0 };
    group.requests += 1;
    group.inputTokens += row.inputTokens ?? 0;
    group.outputTokens += row.outputTokens ?? 0;
    const cost = costOf(prices, row);
    if (cost === null) group.unpriced += 1;
    else group.cost += cost;
    groups.set(label, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.inputTokens + b.outputTokens - (a.inputTokens + a.outputTokens) || b.requests - a.requests || a.label.localeCompare(b.label),
  );
}

/** Every day from `from` to `to` (UTC), so a quiet day shows as zero instead of vanishing. */
function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= to.getTime(); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The usage page's figures over rows already limited to one organisation and one period. */
export function summariseUsage(
  rows: readonly UsageRow[],
  { prices, firstModel, from, to, slowestCount = 10 }: { prices: PriceTable; firstModel: string | null; from: Date; to: Date; slowestCount?: number },
): UsageSummary {
  const ended = rows.filter((r) => r.status !== "STREAMING");
  const answered = rows.filter((r) => r.model !== null && r.model !== "none");
  const firstTokens = rows.flatMap((r) => (r.ttftMs === null ? [] : [r.ttftMs]));
  const byDay = new Map(daysBetween(from, to).map((day) => [day, { day, documents: 0, answers: 0, tokens: 0 }]));
  for (const row of rows) {
    const day = byDay.get(row.createdAt.toISOString().slice(0, 10));
    if (!day) continue;
    if (row.kind === "document") day.documents += 1;
    else day.answers += 1;
    day.tokens += tokensOf(row);
  }
  const byModel = breakdown(rows, (r) => (r.model === null || r.model === "none" ? "No model answered" : r.model), prices);
  return {
    documents: rows.filter((r) => r.kind === "document").length,
    answers: rows.filter((r) => r.kind === "answer").length,
    inputTokens: byModel.reduce((sum, g) => sum + g.inputTokens, 0),
    outputTokens: byModel.reduce((sum, g) => sum + g.outputTokens, 0),
    cost: byModel.reduce((sum, g) => sum + g.cost, 0),
    unpriced: byModel.reduce((sum, g) => sum + g.unpriced, 0),
    errorRate: share(ended.filter((r) => r.status === "FAILED").length, ended.length),
    fallbackRate: firstModel ? share(answered.filter((r) => r.model !== firstModel).length, answered.length) : null,
    ttftP50: percentile(firstTokens, 50),
    ttftP95: percentile(firstTokens, 95),
    byDay: [...byDay.values()],
    byModel,
    byTask: breakdown(rows, (r) => r.task, prices),
    byUser: breakdown(rows, (r) => r.who, prices),
    slowest: rows
      .filter((r) => r.durationMs !== null)
      .sort((a, b) => b.durationMs! - a.durationMs!)
      .slice(0, slowestCount),
  };
}
