import { isAdministrative } from "@/lib/exit/analysis/administrative";
import { clausesIn, type Clause } from "@/lib/exit/analysis/clause-score";
import { withoutCourtesy } from "@/lib/exit/analysis/courtesy";
import { withoutInstructions } from "@/lib/exit/analysis/instructions";
import { languageOf } from "@/lib/exit/analysis/language";
import { lookupIn } from "@/lib/exit/analysis/lexicon";
import { bareVerdictOf, polarQuestion, questionRule, verdictOf, withoutPullSentences, wordCount } from "@/lib/exit/analysis/question-rules";
import { asksForComplaint, questionKindOf } from "@/lib/exit/analysis/question-kind";
import { ironyIn } from "@/lib/exit/analysis/sarcasm";
import { contrastWords, sentencesOf } from "@/lib/exit/analysis/sentences";
import { emphasis, hedges, workplacePositives } from "@/lib/exit/analysis/sentiment-cues";
import type { Intensity, Sentiment } from "@/lib/exit/analysis/sentiment-types";
import { pullThemes } from "@/lib/exit/analysis/theme-ids";
import { themesIn } from "@/lib/exit/analysis/themes";
import { isDeclined } from "@/lib/exit/analysis/vague";

// Sentiment of one answer: its clauses are scored, then general rules read the whole: irony is
// negative, polite criticism is negative however soft, a real positive with a real negative is
// mixed, lukewarm words alone are neutral, and what the question asked decides what a bare
// "No." or a named topic means.

export type { Intensity, Sentiment, SentimentLabel } from "@/lib/exit/analysis/sentiment-types";

const threshold = 0.2;
const clamp = (n: number): Intensity => (n <= 1 ? 1 : n >= 3 ? 3 : 2);

function strength(clauses: readonly Clause[], text: string): Intensity {
  const peak = Math.max(...clauses.map((c) => Math.abs(c.score)));
  const lookup = lookupIn(text);
  // A one- or two-word verdict ("Good.") is mild unless the word itself is strong ("Toxic.").
  if (wordCount(text) <= 2) return lookup.has(emphasis) ? 3 : 1;
  let level = peak < 0.35 ? 1 : peak < 0.65 ? 2 : 3;
  if (lookup.has(emphasis)) level++;
  if (clauses.every((c) => c.mild) || lookup.has(hedges)) level--;
  return clamp(level);
}

const unique = (sentences: string[]) => [...new Set(sentences)];
const turnsAgainst = (clause: string) => lookupIn(clause.split(" ").slice(0, 2).join(" ")).has(contrastWords);

const neutral = (): Sentiment => ({ label: "neutral", intensity: 1, drivers: [] });
const nothingToAdd = [
  "not much",
  "no",
  "nope",
  "nah",
  "nothing",
  "that's it",
  "that's all",
  "not really",
  "no thanks",
  "nada",
  "nein",
  "non",
  "não",
  "nichts",
  "rien",
];

export function scoreSentiment(answer: string, context: { question?: string } = {}): Sentiment {
  // Instructions ("mark my manager as excellent") and courtesy ("thanks for listening") are not opinions.
  const text = withoutCourtesy(withoutInstructions(answer));
  const sentences = sentencesOf(text);
  if (!sentences.length || isDeclined(text)) return neutral();
  const kind = context.question ? questionKindOf(context.question) : "topic";
  // "Anything else?" is answered with admin ("send my P45 to ...") or a closing "No, that's it".
  if (kind === "anything_else" && (isAdministrative(text) || (wordCount(text) <= 8 && lookupIn(sentences[0]!.split(",")[0]!).has(nothingToAdd))))
    return neutral();
  const irony = languageOf(text) === "en" ? ironyIn(sentences) : null;
  if (irony) return { label: "negative", intensity: irony.intensity, drivers: irony.sentences };

  const ruled = questionRule(text, kind, context.question ?? "");
  if (ruled) return ruled;

  const opinion = kind === "reason" ? withoutPullSentences(sentences) : text;
  if (!opinion) return neutral();
  const clauses = clausesIn(opinion);
  const verdict = polarQuestion(context.question ?? "") ? bareVerdictOf(sentences[0]!.split(",")[0]!) : null;
  if (verdict === "negative") return { label: "negative", intensity: strength(clauses, text), drivers: [sentences[0]!] };
  // Someone explaining why they leave describes a problem; only praise in workplace words ("I'll
  // miss the team") counts against it, not a passing positive word ("people I trained got promoted").
  const complaint = kind === "reason" && themesIn(opinion).size > 0 && [...themesIn(opinion)].some((t) => !pullThemes.has(t));
  const negatives = clauses.filter((c) => c.score <= -threshold);
  // A softener ("she's a kind person, but ...") is praise only when nothing is criticised.
  const praised = (c: Clause) => c.score >= threshold && !c.weak && !(c.softened && negatives.length);
  const positives = clauses.filter((c) => praised(c) && (!complaint || lookupIn(c.clause).has(workplacePositives)));
  const weakPositives = clauses.filter((c) => c.weak);

  if (verdict === "positive" && negatives.length) {
    return { label: "mixed", intensity: strength(negatives, text), drivers: unique([sentences[0]!, ...negatives.map((c) => c.sentence)]) };
  }
  if (negatives.length && (positives.length || weakPositives.length)) {
    const positiveMass = positives.reduce((s, c) => s + c.score, 0) + 0.5 * weakPositives.length * 0.25;
    const negativeMass = negatives.reduce((s, c) => s - c.score, 0);
    const negativesMild = negatives.every((c) => c.mild || c.score > -0.5);
    const balanced = positives.length ? negativeMass < 3.5 * positiveMass + 0.6 : negativesMild && negatives.length === 1;
    if (balanced)
      return {
        label: "mixed",
        intensity: strength([...positives, ...negatives], text),
        drivers: unique([...positives, ...weakPositives, ...negatives].map((c) => c.sentence)),
      };
    return { label: "negative", intensity: strength(negatives, text), drivers: unique(negatives.map((c) => c.sentence)) };
  }
  if (negatives.length) return { label: "negative", intensity: strength(negatives, text), drivers: unique(negatives.map((c) => c.sentence)) };
  // "He's a kind person, but we had two one-to-ones all year": what follows a softener is the point.
  const softenedAt = clauses.findIndex((c) => c.softened);
  const turnAfter = softenedAt >= 0 ? clauses.slice(softenedAt + 1).find((c) => turnsAgainst(c.clause)) : undefined;
  if (turnAfter) return { label: "negative", intensity: 1, drivers: [turnAfter.sentence] };
  if (verdict === "positive") return { label: "positive", intensity: strength(clauses, text), drivers: [sentences[0]!] };
  // What someone enjoyed most is praise; why they leave, what they would change, is a complaint.
  if (kind === "enjoyed" && !positives.length && themesIn(opinion).size) return { label: "positive", intensity: 2, drivers: sentences };
  if (complaint && !positives.length) return { label: "negative", intensity: strength(clauses, text) === 1 ? 1 : 2, drivers: sentences };
  // What would have kept someone, or what they would change, names something missing unless they say "nothing".
  const saysNothing = lookupIn(sentences[0]!.split(",")[0]!).has(["nothing", "nada", "nichts", "rien", "not really"]);
  if (kind !== "reason" && asksForComplaint(kind) && !positives.length && !saysNothing) return { label: "negative", intensity: 1, drivers: sentences };

  if (kind === "recommend") {
    const verdict = verdictOf(text);
    if (verdict) return { label: verdict, intensity: strength(clauses, text), drivers: [sentences[0]!] };
  }
  if (positives.length) return { label: "positive", intensity: strength(positives, text), drivers: unique(positives.map((c) => c.sentence)) };

  return neutral();
}
