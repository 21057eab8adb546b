import type { AnswerAnalysis } from "@/lib/exit/accuracy/analyser";
import { isSarcastic, type LabelledAnswer } from "@/lib/exit/accuracy/corpus";
import { confusionOf, meanOf, perLabel, prf, ratio, type Confusion, type Prf } from "@/lib/exit/accuracy/metrics";
import { scoreMasking, type MaskFigures } from "@/lib/exit/accuracy/score-masking";
import type { SentimentLabel } from "@/lib/exit/analysis/sentiment";
import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";

// Figures over single answers: sentiment, intensity, themes, vagueness and masking.

export const sentimentLabels: readonly SentimentLabel[] = ["positive", "negative", "neutral", "mixed"];

export type AnswerFigures = {
  items: number;
  sentiment: {
    accuracy: number;
    macroF1: number;
    confusion: Confusion<SentimentLabel>;
    byLabel: Record<SentimentLabel, Prf>;
    sarcastic: { right: number; of: number };
    otherLanguages: { right: number; of: number };
  };
  intensityMae: number;
  themes: { micro: Prf; macroF1: number; byTheme: Record<ThemeId, Prf> };
  vague: Prf;
  masking: MaskFigures;
  misses: { id: string; what: string }[];
};

export function scoreAnswers(items: readonly LabelledAnswer[], analyses: readonly AnswerAnalysis[]): AnswerFigures {
  const pairs = items.map((item, i) => ({ item, got: analyses[i]! }));
  const confusion = confusionOf(
    sentimentLabels,
    pairs.map(({ item, got }) => ({ expected: item.sentiment, predicted: got.sentiment })),
  );
  const sentiment = perLabel(sentimentLabels, confusion);
  const right = pairs.filter(({ item, got }) => item.sentiment === got.sentiment);
  const subset = (keep: (item: LabelledAnswer) => boolean) => ({ right: right.filter(({ item }) => keep(item)).length, of: items.filter(keep).length });

  const themeCounts = Object.fromEntries(themeIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Record<ThemeId, { tp: number; fp: number; fn: number }>;
  let vague = { tp: 0, fp: 0, fn: 0 };
  const misses: AnswerFigures["misses"] = [];
  for (const { item, got } of pairs) {
    for (const id of themeIds) {
      const expected = item.themes.includes(id);
      const predicted = got.themes.includes(id);
      if (expected && predicted) themeCounts[id].tp++;
      else if (predicted) themeCounts[id].fp++;
      else if (expected) themeCounts[id].fn++;
    }
    vague = {
      tp: vague.tp + Number(item.vague && got.vague),
      fp: vague.fp + Number(!item.vague && got.vague),
      fn: vague.fn + Number(item.vague && !got.vague),
    };
    if (item.sentiment !== got.sentiment || (item.sentiment === got.sentiment && item.intensity !== got.intensity)) {
      misses.push({ id: item.id, what: `sentiment ${item.sentiment}/${item.intensity} got ${got.sentiment}/${got.intensity}` });
    }
    const missing = item.themes.filter((t) => !got.themes.includes(t));
    const extra = got.themes.filter((t) => !item.themes.includes(t));
    if (missing.length || extra.length) misses.push({ id: item.id, what: `themes missing [${missing.join(", ")}] extra [${extra.join(", ")}]` });
    if (item.vague !== got.vague) misses.push({ id: item.id, what: `vague ${item.vague} got ${got.vague}` });
  }
  const byTheme = Object.fromEntries(themeIds.map((id) => [id, prf(themeCounts[id])])) as Record<ThemeId, Prf>;
  const total = themeIds.reduce((s, id) => ({ tp: s.tp + themeCounts[id].tp, fp: s.fp + themeCounts[id].fp, fn: s.fn + themeCounts[id].fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });

  return {
    items: items.length,
    sentiment: {
      accuracy: ratio(right.length, items.length),
      macroF1: sentiment.macroF1,
      confusion,
      byLabel: sentiment.byLabel,
      sarcastic: subset(isSarcastic),
      otherLanguages: subset((item) => Boolean(item.lang)),
    },
    intensityMae: meanOf(right.map(({ item, got }) => Math.abs(item.intensity - got.intensity))),
    themes: {
      micro: prf(total),
      macroF1: meanOf(themeIds.map((id) => (themeCounts[id].tp + themeCounts[id].fp + themeCounts[id].fn ? byTheme[id].f1 : NaN))),
      byTheme,
    },
    vague: prf(vague),
    masking: scoreMasking(pairs.map(({ item, got }) => ({ text: item.answer, expected: item.mask ?? [], result: got.masked }))),
    misses,
  };
}
