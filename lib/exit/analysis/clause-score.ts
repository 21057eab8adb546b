import { foreignClauseScore } from "@/lib/exit/analysis/foreign-sentiment";
import { withIdiomsPlain } from "@/lib/exit/analysis/idioms";
import { languageOf, type Language } from "@/lib/exit/analysis/language";
import { lookupIn } from "@/lib/exit/analysis/lexicon";
import { lexiconScore } from "@/lib/exit/analysis/lexicon-scorer";
import { clausesOf, exceptionOpenings, sentencesOf } from "@/lib/exit/analysis/sentences";
import { withoutDoubleNegatives } from "@/lib/exit/analysis/double-negation";
import {
  hedges,
  hollowPraise,
  lukewarm,
  noOpinion,
  politeCriticism,
  softeners,
  workplaceNegatives,
  workplacePositives,
} from "@/lib/exit/analysis/sentiment-cues";

// Each clause of an answer scored on its own: wink-nlp's lexicon for English (after plain words
// replace idioms), workplace vocabulary on top, and a small lexicon for other languages. Whole-
// answer rules (irony, mixed, what the question asked) are applied by the caller.

/**
 * One clause's reading: its score; whether its praise is only lukewarm, its criticism mild, and
 * whether its praise is a softener ("she's a kind person") that only counts when nothing is criticised.
 */
export type Clause = { sentence: string; clause: string; score: number; weak: boolean; mild: boolean; softened: boolean };

// prettier-ignore
const negators = ["no", "not", "never", "without", "not very", "not really", "wasn't", "isn't", "weren't", "hardly", "not a single", "not one", "never once", "not even a", "not even", "no real", "zero", "barely any", "hardly any"];
const negationsOf = (term: string) => negators.map((n) => `${n} ${term}`);

/** "kept changing", "keeps cancelling": something that went wrong again and again. */
function repeatsAProblem(clause: string): boolean {
  const words = clause.toLowerCase().split(/[^\p{L}']+/u);
  return words.some((word, i) => (word === "kept" || word === "keeps") && (words[i + 1] ?? "").endsWith("ing"));
}

const notExcess = new Set(["me", "us", "them", "you", "him", "her", "it"]);

/** "too long", "too slow": an excess, so a complaint, unless it is "me too". */
function namesAnExcess(clause: string): boolean {
  const words = clause.toLowerCase().split(/[^\p{L}']+/u);
  return words.some((word, i) => word === "too" && !notExcess.has(words[i - 1] ?? "") && (words[i + 1] ?? "").length > 2);
}

/** "Could be friendlier", "could have been more organised": a wish that something were better. */
function wishesItWereBetter(clause: string): boolean {
  const words = clause
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  return words.some((word, i) => {
    if (word !== "could" && word !== "could've") return false;
    const rest = words
      .slice(i + 1, i + 5)
      .filter((w) => w !== "have" && w !== "be" && w !== "been" && w !== "a" && w !== "bit" && w !== "lot" && w !== "little");
    const next = rest[0] ?? "";
    return next === "more" || next === "better" || (next.endsWith("er") && next.length > 4 && next !== "worse");
  });
}

/**
 * "Apart from the odd clash, ...": what is set apart is the reservation, whatever its words. "Apart
 * from that" points back to what was said, so it is not one.
 */
function setsAReservationApart(clause: string): boolean {
  const words = clause
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const opening = words.slice(0, 3).join(" ");
  const referBack = new Set(["that", "this", "it", "those", "eso", "das", "ça", "isso"]);
  return lookupIn(opening).has(exceptionOpenings) && /,\s*$/.test(clause) && !referBack.has(words.at(-1) ?? "");
}

/** "Loved it, until the office mandate": praise that something ended. */
function praiseEndedUntil(clause: string): boolean {
  const words = clause.toLowerCase().split(/\s+/);
  return words.some((word, i) => word === "until" && i > 0 && words[i - 1]!.endsWith(","));
}

const circumstance = new Set(["when", "whenever", "even when"]);

/**
 * A clause without its "when ..." circumstance: "she always made time when I was stuck" praises
 * her; being stuck is the setting, not the opinion.
 */
function withoutCircumstance(clause: string): string {
  const words = clause.split(" ");
  const kept: string[] = [];
  let skipping = false;
  for (const word of words) {
    if (circumstance.has(word.toLowerCase().replace(/[^\p{L}]/gu, ""))) skipping = kept.length > 0;
    if (!skipping) kept.push(word);
    if (skipping && /[,;]$/.test(word)) skipping = false;
  }
  return kept.join(" ");
}

function englishClause(sentence: string, clause: string): Clause {
  const opinion = withoutDoubleNegatives(withoutCircumstance(clause));
  const lookup = lookupIn(opinion);
  const plain = withIdiomsPlain(opinion);
  // Praise under a negation ("no clear next step", "not supportive") counts against, not for.
  const praise = [...lookup.found(workplacePositives)];
  const negated = praise.filter((term) => lookup.has(negationsOf(term))).length;
  // Complaints are looked up once idioms are plain, so "couldn't have asked for more" is not "couldn't".
  const plainLookup = lookupIn(plain);
  // "too much" and "too many" are already in the lexicon; other excesses are counted here.
  const excess = namesAnExcess(opinion) && !plainLookup.has(["too much", "too many"]);
  const complaints = plainLookup.found(workplaceNegatives).size + (repeatsAProblem(opinion) ? 1 : 0) + (excess ? 1 : 0);
  let score = lexiconScore(plain) + 0.35 * (praise.length - 2 * negated) - 0.4 * complaints;
  // A lexicon may read the adjective of an excess ("too long") as mild praise; the excess is the point.
  if (excess) score = Math.min(score, -0.35);
  if (lookup.has(noOpinion)) score = 0;
  const polite =
    lookup.has(politeCriticism) ||
    lookup.has(hollowPraise) ||
    wishesItWereBetter(clause) ||
    setsAReservationApart(clause) ||
    (score > 0 && praiseEndedUntil(opinion));
  if (polite) score = Math.min(score, -0.3);
  const softened = score > 0 && lookup.has(softeners);
  const short = clause.split(" ").length <= 4;
  const weak = score > 0 && lookup.has(lukewarm) && !lookup.has(workplacePositives) && (score < 0.6 || short);
  return { sentence, clause, score: weak ? 0.25 : score, weak, mild: polite || lookup.has(hedges), softened };
}

function foreignClause(sentence: string, clause: string, language: Exclude<Language, "en">): Clause {
  const { positive, negative, strong } = foreignClauseScore(clause, language);
  const score = (positive - negative) * (strong ? 0.7 : 0.4);
  return { sentence, clause, score, weak: false, mild: false, softened: false };
}

/** The clauses of every sentence of a text, each scored. */
export function clausesIn(text: string): Clause[] {
  const language = languageOf(text);
  return sentencesOf(text).flatMap((sentence) =>
    clausesOf(sentence).map((clause) => (language === "en" ? englishClause(sentence, clause) : foreignClause(sentence, clause, language))),
  );
}
