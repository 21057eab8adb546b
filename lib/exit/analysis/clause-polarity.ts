import vader from "vader-sentiment";
import { foreignClauseScore } from "@/lib/exit/analysis/foreign-sentiment";
import { withoutDoubleNegatives } from "@/lib/exit/analysis/double-negation";
import { withIdiomsPlain } from "@/lib/exit/analysis/idioms";
import type { Language } from "@/lib/exit/analysis/language";
import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { lexiconScore } from "@/lib/exit/analysis/lexicon-scorer";
import { forMatching } from "@/lib/exit/analysis/normalise";
import type { SentimentSettings } from "@/lib/exit/analysis/sentiment-settings";
import { workplaceComplaints, workplacePraise } from "@/lib/exit/analysis/workplace-terms";

// The polarity of one clause, about -1..1. English is read by maintained scorers: a weighted blend
// of VADER's compound (which handles negation, boosters and "but") and wink-nlp's score, plus
// workplace words neither knows. Idioms they misread are put in plain words first, and a denied
// problem ("nobody complained") is read as fine. Other languages use a small lexicon per language.

// prettier-ignore
const negators = new Set(["no", "not", "never", "without", "hardly", "barely", "isn't", "wasn't", "weren't", "aren't", "don't", "didn't", "doesn't", "nobody", "nothing", "none"]);

/** Sum of workplace words, +1 each for praise and -1 for complaints; a negator just before one flips it. */
export function workplaceValence(clause: string): number {
  const words = forMatching(clause)
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  const lookup = lookupIn(clause);
  const signed = (terms: Set<string>, sign: number) =>
    [...terms].reduce((sum, term) => {
      const at = words.indexOf(term.split(" ")[0]!);
      const negated = words.slice(Math.max(0, at - 3), Math.max(0, at)).some((w) => negators.has(w));
      // A term that is itself a negation ("no support") is not flipped by another.
      return sum + (negated && !negators.has(term.split(" ")[0]!) ? -sign : sign);
    }, 0);
  return signed(lookup.found(workplacePraise), 1) + signed(lookup.found(workplaceComplaints), -1);
}

/**
 * "I would have appreciated more feedback", "it would be good if someone listened", "it used to be
 * a great place": what is wished for was missing, and praise of the past is a loss, so the clause
 * means the opposite of its words.
 */
// prettier-ignore
const counterfactuals: Lexicon = [
  "would have", "would've", "could have", "could've", "should have", "should've", "i wish", "if only", "would be nice",
  "would be good if", "would be great if", "it'd be nice", "would help", "could be better", "could do better", "needs to be",
  "need to be", "needed more", "used to",
];

export function isCounterfactual(clause: string): boolean {
  return lookupIn(clause).has(counterfactuals);
}

const clamp = (n: number) => Math.max(-1, Math.min(1, n));

/** The two scorers' readings of recent clauses: a dashboard re-reads the same answers many times. */
const recent = new Map<string, { vader: number; wink: number }>();
const recentLimit = 5000;

function scorersOn(text: string): { vader: number; wink: number } {
  const known = recent.get(text);
  if (known) return known;
  if (recent.size >= recentLimit) recent.clear();
  const scores = { vader: vader.SentimentIntensityAnalyzer.polarity_scores(text).compound, wink: lexiconScore(text) };
  recent.set(text, scores);
  return scores;
}

function englishPolarity(clause: string, settings: SentimentSettings): number {
  const plain = settings.rules.idioms ? withIdiomsPlain(clause) : clause;
  const read = settings.rules.deniedProblems ? withoutDoubleNegatives(plain) : plain;
  const scores = scorersOn(read);
  const blended = (1 - settings.winkWeight) * scores.vader + settings.winkWeight * scores.wink;
  const terms = settings.rules.workplaceTerms ? settings.termWeight * workplaceValence(read) : 0;
  const score = clamp(blended + terms);
  // A wish for better is a complaint; a wish that it were worse ("could have been worse") is mild relief.
  return settings.rules.counterfactual && isCounterfactual(clause) ? -score : score;
}

export function clausePolarity(clause: string, language: Language, settings: SentimentSettings): number {
  if (language === "en") return englishPolarity(clause, settings);
  const { positive, negative, strong } = foreignClauseScore(clause, language);
  return clamp((positive - negative) * (strong ? 0.6 : 0.4));
}
