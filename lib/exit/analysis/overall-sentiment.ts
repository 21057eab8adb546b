import type { Intensity, Sentiment, SentimentLabel } from "@/lib/exit/analysis/sentiment";

// The sentiment of a whole interview from its answers: each answer weighs by its intensity, a mixed
// answer counts half to each side, and neutral answers ("Fine.", "No.") weigh nothing. Both sides
// holding a real share makes the interview mixed.

export function overallSentiment(answers: readonly Sentiment[]): { label: SentimentLabel; intensity: Intensity } | null {
  if (!answers.length) return null;
  let positive = 0;
  let negative = 0;
  for (const { label, intensity } of answers) {
    if (label === "positive") positive += intensity;
    if (label === "negative") negative += intensity;
    if (label === "mixed") {
      positive += intensity / 2;
      negative += intensity / 2;
    }
  }
  const total = positive + negative;
  if (!total) return { label: "neutral", intensity: 1 };
  const share = Math.min(positive, negative) / total;
  const label: SentimentLabel = share >= 0.25 ? "mixed" : positive > negative ? "positive" : "negative";
  const strongest = Math.max(...answers.filter((a) => a.label === label || label === "mixed").map((a) => a.intensity), 1);
  return { label, intensity: Math.min(strongest, total >= 8 ? 3 : 2) as Intensity };
}
