import { canonicalSkill } from "@/lib/skills/catalog";
import { charClass, trimEndWhere } from "@/lib/text/trim";

const punctuation = charClass(/[.,;:!?\s]/u);

// Scores a posting's skill lists against labelled ones, as the corpus's scoring rules ask: both sides
// normalised, then matched through the catalogue's aliases, one to one.

/** NFC, case folded, dashes, quotes and whitespace unified, trailing punctuation dropped. */
export function normalizeLabel(label: string): string {
  const unified = label
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/[\u2018\u2019\u201B\u2032]/gu, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/gu, '"')
    .replace(/\s+/gu, " ")
    .trim();
  return trimEndWhere(unified, punctuation);
}

/** Whether two labels name the same skill: written alike, or aliases of one catalogue skill. */
export function sameSkill(a: string, b: string): boolean {
  const left = normalizeLabel(a);
  const right = normalizeLabel(b);
  if (left === right) return true;
  const known = canonicalSkill(left);
  return known !== null && known === canonicalSkill(right);
}

export type ListScore = {
  predicted: number;
  gold: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  misses: string[];
  extra: string[];
};

/**
 * Precision and recall of one predicted list: each gold label is matched once. With no gold labels,
 * recall is undefined and precision is 1 only for an empty prediction.
 */
export function scoreList(predicted: string[], gold: string[]): ListScore {
  const used = new Set<number>();
  const extra: string[] = [];
  for (const label of predicted) {
    const at = gold.findIndex((g, i) => !used.has(i) && sameSkill(label, g));
    if (at >= 0) used.add(at);
    else extra.push(label);
  }
  const matched = used.size;
  return {
    predicted: predicted.length,
    gold: gold.length,
    matched,
    precision: gold.length === 0 ? (predicted.length === 0 ? 1 : 0) : predicted.length ? matched / predicted.length : 0,
    recall: gold.length ? matched / gold.length : null,
    misses: gold.filter((_, i) => !used.has(i)),
    extra,
  };
}

/** Micro (over labels) and macro (over postings) precision and recall of many lists. */
export function averageScores(scores: ListScore[]) {
  const sum = (pick: (s: ListScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
  const mean = (values: (number | null)[]) => {
    const defined = values.filter((v): v is number => v !== null);
    return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
  };
  const predicted = sum((s) => s.predicted);
  const gold = sum((s) => s.gold);
  const matched = sum((s) => s.matched);
  return {
    microPrecision: predicted ? matched / predicted : gold ? 0 : 1,
    microRecall: gold ? matched / gold : null,
    macroPrecision: mean(scores.map((s) => s.precision)),
    macroRecall: mean(scores.map((s) => s.recall)),
    matched,
    predicted,
    gold,
  };
}
