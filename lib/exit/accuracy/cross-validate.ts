import type { LabelledAnswer } from "@/lib/exit/accuracy/corpus";
import { confusionOf, perLabel } from "@/lib/exit/accuracy/metrics";
import { scoreSentiment, type SentimentLabel } from "@/lib/exit/analysis/sentiment";
import { defaultSentimentSettings, sentimentRules, type SentimentRule, type SentimentSettings } from "@/lib/exit/analysis/sentiment-settings";

// K-fold cross-validation of the sentiment settings: on each fold the thresholds are chosen on the
// other folds and measured on this one, so the figure says how the method does on answers its
// numbers were not chosen for. Each general rule is also switched off fold by fold, to show on how
// many folds it helps rather than on the whole set at once.

const labels: readonly SentimentLabel[] = ["positive", "negative", "neutral", "mixed"];

/** The values tried for each setting: every combination is scored once on every answer. */
export type SettingsGrid = { [K in keyof Omit<SentimentSettings, "rules">]: readonly number[] };

export const settingsGrid: SettingsGrid = {
  positive: [0.3, 0.4, 0.5, 0.6],
  negative: [0.05, 0.1, 0.2, 0.3],
  narrative: [0, 8, 12],
  winkWeight: [0.5, 0.75, 1],
  termWeight: [0.25, 0.5],
};

export type FoldResult = { fold: number; chosen: Omit<SentimentSettings, "rules">; trainF1: number; testF1: number };
export type RuleResult = { rule: SentimentRule; helped: number; hurt: number; meanDelta: number };
export type CrossValidation = { folds: FoldResult[]; meanTestF1: number; rules: RuleResult[] };

function macroF1(items: readonly LabelledAnswer[], predicted: readonly SentimentLabel[], keep: (i: number) => boolean): number {
  const pairs = items.flatMap((item, i) => (keep(i) ? [{ expected: item.sentiment, predicted: predicted[i]! }] : []));
  return perLabel(labels, confusionOf(labels, pairs)).macroF1;
}

const predict = (items: readonly LabelledAnswer[], settings: SentimentSettings) =>
  items.map((item) => scoreSentiment(item.answer, { question: item.question }, settings).label);

export function crossValidate(items: readonly LabelledAnswer[], k: number, grid: SettingsGrid = settingsGrid): CrossValidation {
  const candidates = grid.positive.flatMap((positive) =>
    grid.negative.flatMap((negative) =>
      grid.narrative.flatMap((narrative) =>
        grid.winkWeight.flatMap((winkWeight) =>
          grid.termWeight.map((termWeight) => ({ ...defaultSentimentSettings, positive, negative, narrative, winkWeight, termWeight })),
        ),
      ),
    ),
  );
  const predictions = candidates.map((settings) => predict(items, settings));
  // Folds by position: the set is ordered by question, so every fold gets every kind of question.
  const foldOf = (i: number) => i % k;
  const folds: FoldResult[] = [];
  const rules = sentimentRules.map((rule) => ({ rule, helped: 0, hurt: 0, deltas: [] as number[] }));
  for (let fold = 0; fold < k; fold++) {
    const train = (i: number) => foldOf(i) !== fold;
    const test = (i: number) => foldOf(i) === fold;
    const trainF1s = predictions.map((p) => macroF1(items, p, train));
    const best = trainF1s.indexOf(Math.max(...trainF1s));
    const { rules: _rules, ...chosen } = candidates[best]!;
    const testF1 = macroF1(items, predictions[best]!, test);
    folds.push({ fold, chosen, trainF1: trainF1s[best]!, testF1 });
    for (const entry of rules) {
      const without = predict(items, { ...candidates[best]!, rules: { ...defaultSentimentSettings.rules, [entry.rule]: false } });
      const delta = testF1 - macroF1(items, without, test);
      entry.deltas.push(delta);
      if (delta > 0) entry.helped++;
      if (delta < 0) entry.hurt++;
    }
  }
  return {
    folds,
    meanTestF1: folds.reduce((s, f) => s + f.testF1, 0) / k,
    rules: rules.map(({ rule, helped, hurt, deltas }) => ({ rule, helped, hurt, meanDelta: deltas.reduce((s, d) => s + d, 0) / k })),
  };
}
