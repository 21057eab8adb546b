import { lookupIn } from "@/lib/exit/analysis/lexicon";
import { asksForComplaint, questionKindOf, type QuestionKind } from "@/lib/exit/analysis/question-kind";
import { sentencesOf } from "@/lib/exit/analysis/sentences";
import { hedges, hollowPraise, leavingBecause, softeners, twoSided, workplaceNegatives } from "@/lib/exit/analysis/sentiment-cues";
import type { Sentiment, SentimentLabel } from "@/lib/exit/analysis/sentiment-types";
import { pullThemes } from "@/lib/exit/analysis/theme-ids";
import { tagThemes, themesIn } from "@/lib/exit/analysis/themes";

// What the question makes of an answer. A short "No." means something different after "Were you
// harassed?" than after "Would you recommend us?", and naming a topic is a complaint when the
// question was why someone is leaving.

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "Never say never", "Maybe not": a hedge is not a verdict. */
const undecided = ["never say never", "maybe", "perhaps", "possibly", "might", "not sure", "depends"];

/** What a short answer to a question about yes/no ("Would you recommend us?") says. */
export function verdictOf(text: string): SentimentLabel | null {
  const first = lookupIn(text.split(/[.!?,]/)[0] ?? "");
  if (first.has(undecided)) return null;
  if (first.has(["absolutely not", "definitely not", "no", "never", "not", "nope", "não", "nein", "non", "nunca", "no way"])) return "negative";
  if (first.has(["yes", "sure", "absolutely", "definitely", "in a heartbeat", "of course", "sí", "ja", "oui", "sim", "yeah"])) return "positive";
  return null;
}

/** The answer without sentences about where the person is going ("A competitor offered me more"): those describe the new job, not this one. */
export function withoutPullSentences(sentences: readonly string[]): string {
  return sentences.filter((sentence) => ![...themesIn(sentence)].some((t) => t === "better_offer" || t === "relocation_personal")).join(" ");
}

const auxiliaries = new Set([
  "was",
  "were",
  "did",
  "do",
  "does",
  "have",
  "has",
  "had",
  "is",
  "are",
  "would",
  "could",
  "will",
  "can",
  "war",
  "fue",
  "était",
  "foi",
]);
const interrogatives = new Set(["did", "was", "would", "is", "do", "were", "have", "could", "are", "does"]);

/** A question answered by yes, no or a degree: "Was your workload reasonable?", "How supported did you feel?". */
export function polarQuestion(question: string): boolean {
  const [first = "", second = ""] = question
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (questionKindOf(question) === "mistreatment") return false;
  return auxiliaries.has(first) || (first === "how" && !interrogatives.has(second) && second !== "would");
}

const yesWords = ["yes", "yeah", "yep", "very", "definitely", "absolutely", "mostly", "totally", "of course", "sí", "ja", "oui", "sim"];
const noWords = ["none", "nah", "no", "nope", "not", "never", "hardly", "barely", "not at all", "not really", "not even close", "nein", "non", "não", "nunca"];

/** "Yes.", "Not even close.", "Mostly, yes.": a short opening sentence that answers the question by itself. */
export function bareVerdictOf(sentence: string): "positive" | "negative" | null {
  const lookup = lookupIn(sentence);
  // "In theory yes": a hedged yes is not an answer.
  if (wordCount(sentence) > 4 || lookup.has(softeners) || lookup.has(hollowPraise) || lookup.has(undecided)) return null;
  if (lookup.has(noWords)) return "negative";
  return lookup.has(yesWords) ? "positive" : null;
}

const startsWith = (text: string, lexicon: readonly string[]) => lookupIn(sentencesOf(text)[0]?.split(",")[0] ?? "").has(lexicon);
const denials = ["no", "never", "nope", "not at all", "not once", "não", "nunca", "nein", "non", "jamais"];

/**
 * What the question makes of an answer, before its words are weighed: what would have kept someone
 * is something that was missing; naming a topic as the reason to leave is a complaint; a report of
 * harassment or a hazard is negative and a plain "no" to that question is good news.
 */
export function questionRule(text: string, kind: QuestionKind, question: string): Sentiment | null {
  const sentences = sentencesOf(text);
  const lookup = lookupIn(text);
  const themes = question ? tagThemes(question, text) : [...themesIn(text)];
  const pushes = themes.some((t) => !pullThemes.has(t));
  const hedged = lookup.has(hedges) ? 1 : 2;
  if (lookup.has(twoSided)) return { label: "mixed", intensity: 1, drivers: sentences };
  if (themes.length && themes.every((t) => t === "other") && !lookup.has(workplaceNegatives)) return { label: "neutral", intensity: 1, drivers: [] };
  if ((kind === "stay" || kind === "change") && pushes && !startsWith(text, ["nothing", "nada", "nichts", "rien"]))
    return { label: "negative", intensity: hedged, drivers: sentences };
  if (asksForComplaint(kind) && pushes && wordCount(text) <= 5) return { label: "negative", intensity: hedged, drivers: sentences };
  if (lookup.has(leavingBecause) && pushes) return { label: "negative", intensity: 3, drivers: sentences };
  if (
    kind === "recommend" &&
    verdictOf(text) === "positive" &&
    sentences.slice(1).some((s) => lookupIn(s).has(["not", "no", "não", "nicht", "non", "nunca", "never"]))
  ) {
    return { label: "mixed", intensity: 2, drivers: sentences };
  }
  if (kind === "mistreatment") {
    if (themes.includes("harassment_discrimination") || themes.includes("health_safety") || startsWith(text, ["yes", "sí", "ja", "oui", "sim"])) {
      return { label: "negative", intensity: lookup.has(hedges) ? 1 : 3, drivers: sentences };
    }
    if (startsWith(text, denials)) return { label: "positive", intensity: 2, drivers: [sentences[0]!] };
  }
  return null;
}
