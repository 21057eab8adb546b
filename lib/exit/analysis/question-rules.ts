import { isAdministrative } from "@/lib/exit/analysis/administrative";
import { isCounterfactual } from "@/lib/exit/analysis/clause-polarity";
import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { asksForComplaint, questionKindOf } from "@/lib/exit/analysis/question-kind";
import { sentencesOf } from "@/lib/exit/analysis/sentences";
import { pullThemes } from "@/lib/exit/analysis/theme-ids";
import { tagThemes, themesIn } from "@/lib/exit/analysis/themes";

// What the question makes of an answer. "No." means one thing after "Were you ever harassed?" and
// the opposite after "Would you recommend us?"; naming a topic is a complaint when the question
// asked why someone leaves or what would have kept them, and praise when it asked what they enjoyed.

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "Never say never", "Maybe not": a hedge is not a verdict. */
const undecided: Lexicon = ["never say never", "maybe", "perhaps", "possibly", "might", "not sure", "depends", "in theory", "sometimes"];
// prettier-ignore
const yesWords: Lexicon = ["yes", "yeah", "yep", "sure", "definitely", "absolutely", "of course", "in a heartbeat", "very", "mostly", "totally", "sí", "ja", "oui", "sim"];
// prettier-ignore
const noWords: Lexicon = ["no", "nope", "nah", "not", "never", "hardly", "barely", "not really", "not at all", "absolutely not", "definitely not", "no way", "nein", "non", "não", "nunca", "jamais"];
const nothing: Lexicon = ["nothing", "nada", "nichts", "rien", "no", "nope", "nah", "not really", "that's it", "that's all"];

/** A question answered by yes, no or a degree: "Was your workload reasonable?", "Would you recommend us?". */
export function polarQuestion(question: string): boolean {
  const [first = "", second = ""] = question
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const auxiliaries = new Set(["was", "were", "did", "do", "does", "have", "has", "had", "is", "are", "would", "could", "will", "can"]);
  return auxiliaries.has(first) || (first === "how" && !auxiliaries.has(second));
}

/** The opening of an answer, up to its first comma: where "Yes," or "Not really." stands. */
const openingOf = (text: string) => (sentencesOf(text)[0] ?? "").split(",")[0]!;

/** "Yes.", "Not really.", "Absolutely not.": a short opening that answers a yes/no question by itself. */
export function bareVerdictOf(text: string): "yes" | "no" | null {
  const opening = openingOf(text);
  const lookup = lookupIn(opening);
  if (wordCount(opening) > 4 || lookup.has(undecided)) return null;
  if (lookup.has(noWords)) return "no";
  return lookup.has(yesWords) ? "yes" : null;
}

/** The answer without sentences about where the person is going: those describe the new job, not this one. */
export function withoutPullSentences(sentences: readonly string[]): string {
  return sentences.filter((sentence) => ![...themesIn(sentence)].some((t) => t === "better_offer" || t === "relocation_personal")).join(" ");
}

/**
 * What the question implies: one more polar reading (+1 praise, -1 complaint); that the answer
 * only closes the interview; or that the implied reading decides the label whatever the words say:
 * a report of mistreatment, or a wish for what was missing ("a manager who'd back me" is praise in
 * its words and a complaint in its meaning).
 */
export type QuestionReading = { implied: 1 | -1 | 0; closing: boolean; decisive: boolean };

export function readQuestion(question: string, answer: string): QuestionReading {
  const kind = questionKindOf(question);
  const saysNothing = lookupIn(openingOf(answer)).has(nothing);
  if (kind === "anything_else") return { implied: 0, closing: isAdministrative(answer) || (saysNothing && wordCount(answer) <= 8), decisive: false };
  const themes = tagThemes(question, answer);
  // A pull ("a better offer", "we're moving") is the reason given; the topics around it are not complaints.
  const namesProblem = themes.some((t) => !pullThemes.has(t)) && !themes.some((t) => pullThemes.has(t)) && !saysNothing;
  const verdict = bareVerdictOf(answer);
  if (kind === "mistreatment") {
    // A report of harassment or a hazard is a complaint; a plain "no" to the question is good news.
    if (verdict === "yes" || themes.includes("harassment_discrimination") || themes.includes("health_safety"))
      return { implied: -1, closing: false, decisive: true };
    return { implied: verdict === "no" ? 1 : 0, closing: false, decisive: false };
  }
  // "Could your manager have done anything differently?": there, "no" is the good answer.
  const asksForCriticism = isCounterfactual(question);
  if (polarQuestion(question) && verdict) return { implied: (verdict === "yes") !== asksForCriticism ? 1 : -1, closing: false, decisive: false };
  if (asksForComplaint(kind) && namesProblem) return { implied: -1, closing: false, decisive: kind !== "reason" };
  if (kind === "enjoyed" && themes.length) return { implied: 1, closing: false, decisive: false };
  return { implied: 0, closing: false, decisive: false };
}
