import { clausePolarity } from "@/lib/exit/analysis/clause-polarity";
import { withoutCourtesy } from "@/lib/exit/analysis/courtesy";
import { withoutInstructions } from "@/lib/exit/analysis/instructions";
import { languageOf } from "@/lib/exit/analysis/language";
import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { questionKindOf } from "@/lib/exit/analysis/question-kind";
import { readQuestion, withoutPullSentences, wordCount } from "@/lib/exit/analysis/question-rules";
import { ironyIn } from "@/lib/exit/analysis/sarcasm";
import { clausesOf, contrastWords, sentencesOf } from "@/lib/exit/analysis/sentences";
import { defaultSentimentSettings, type SentimentSettings } from "@/lib/exit/analysis/sentiment-settings";
import type { Intensity, Sentiment } from "@/lib/exit/analysis/sentiment-types";
import { pullThemes } from "@/lib/exit/analysis/theme-ids";
import { themesIn } from "@/lib/exit/analysis/themes";
import { isDeclined } from "@/lib/exit/analysis/vague";

// Sentiment of one answer, read clause by clause. Each clause is scored by a maintained scorer
// (see clause-polarity); a clause is clearly positive or negative when its score passes a
// threshold. Clearly positive and clearly negative clauses together make the answer mixed; none
// makes it neutral. Irony reads as negative, and what the question asked counts as one more clause.

export type { Intensity, Sentiment, SentimentLabel } from "@/lib/exit/analysis/sentiment-types";

type Reading = { sentence: string; clause: string; score: number };

const opensWithContrast = (clause: string) => lookupIn(clause.split(/\s+/).slice(0, 2).join(" ")).has(contrastWords);

/**
 * "I appreciated the chances I had, though reviews tended to slip", "Shadowing was great, but nobody
 * told me about the rota": a clause turning against clear praise is a reservation unless it is
 * praise itself, and one turning against a clear complaint needs only half the threshold to count.
 */
export function withTurnsCounted(readings: readonly Reading[], settings: SentimentSettings): Reading[] {
  return readings.map((reading, i) => {
    const before = readings[i - 1];
    if (!before || !opensWithContrast(reading.clause)) return reading;
    if (before.score >= settings.positive && reading.score < settings.positive) return { ...reading, score: Math.min(reading.score, -settings.negative) };
    if (before.score <= -settings.negative && reading.score >= settings.positive / 2) return { ...reading, score: Math.max(reading.score, settings.positive) };
    return reading;
  });
}

/** Verdicts that weigh both sides at once. */
// prettier-ignore
const twoSided: Lexicon = ["mixed bag", "ups and downs", "hit and miss", "hit or miss", "pros and cons", "good and bad", "highs and lows", "less so", "it depends", "depends on"];

const neutral = (): Sentiment => ({ label: "neutral", intensity: 1, drivers: [] });

/** Strength of the strongest reading: mild, clear or strong. */
function intensityOf(readings: readonly Reading[]): Intensity {
  const peak = Math.max(...readings.map((r) => Math.abs(r.score)));
  return peak < 0.5 ? 1 : peak < 0.8 ? 2 : 3;
}

const driversOf = (readings: readonly Reading[]) => [...new Set(readings.map((r) => r.sentence))];

export function scoreSentiment(answer: string, context: { question?: string } = {}, settings: SentimentSettings = defaultSentimentSettings): Sentiment {
  // Instructions ("mark my manager as excellent") and courtesy ("thanks for listening") are not opinions.
  const text = withoutCourtesy(withoutInstructions(answer));
  const sentences = sentencesOf(text);
  if (!sentences.length || isDeclined(text)) return neutral();
  const question = context.question ?? "";
  const byQuestion = settings.rules.question && question ? readQuestion(question, text) : { implied: 0, closing: false, decisive: false };
  if (byQuestion.closing) return neutral();
  if (byQuestion.decisive) return { label: "negative", intensity: 2, drivers: sentences };

  const language = languageOf(text);
  const polarity = (clause: string) => clausePolarity(clause, language, settings);
  const irony = settings.rules.irony && language === "en" ? ironyIn(sentences, polarity) : null;
  if (irony) return { label: "negative", intensity: irony.intensity, drivers: irony.sentences };
  if (settings.rules.twoSided && lookupIn(text).has(twoSided)) return { label: "mixed", intensity: 1, drivers: sentences };

  // Why someone leaves: praise of the new job or the move says nothing about this one.
  const opinion = settings.rules.question && questionKindOf(question) === "reason" ? sentencesOf(withoutPullSentences(sentences)) : sentences;
  const scored = opinion.flatMap((sentence) => clausesOf(sentence).map((clause) => ({ sentence, clause, score: polarity(clause) })));
  const readings = settings.rules.contrast ? withTurnsCounted(scored, settings) : scored;
  if (byQuestion.implied) {
    const size = byQuestion.implied > 0 ? settings.positive : settings.negative;
    readings.push({ sentence: sentences[0]!, clause: sentences[0]!, score: byQuestion.implied * size });
  }

  const positives = readings.filter((r) => r.score >= settings.positive);
  const negatives = readings.filter((r) => r.score <= -settings.negative);
  if (positives.length && negatives.length) {
    return { label: "mixed", intensity: intensityOf([...positives, ...negatives]), drivers: driversOf([...positives, ...negatives]) };
  }
  if (negatives.length) return { label: "negative", intensity: intensityOf(negatives), drivers: driversOf(negatives) };
  if (positives.length) return { label: "positive", intensity: intensityOf(positives), drivers: driversOf(positives) };
  // Asked how something here was, people rarely describe it at length without a word of praise
  // unless it went wrong ("The VPN dropped every 40 minutes for two years").
  const describesWorkplace = questionKindOf(question) === "topic" && [...themesIn(text)].some((t) => !pullThemes.has(t));
  if (settings.narrative && describesWorkplace && wordCount(opinion.join(" ")) >= settings.narrative)
    return { label: "negative", intensity: 1, drivers: opinion };
  return neutral();
}
