import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";
import { enoughPeople } from "@/lib/exit/dashboard/anonymity";

// Quotes behind a theme on the dashboard: de-identified and at most one per person. Attributed
// people's words are HR's to read anyway; confidential people's are shown only when at least k of
// them (the threshold for comments, counted among confidential people alone) said something on the
// theme, so no quote can be put to one of a few confidential people.

/** `anonymous`: the answer is from a confidential interview HR cannot see listed. */
export type SourceAnswer = { interviewId: string; answer: string | null; anonymous: boolean; interview: { employeeName: string; manager: string } };

export const maxQuotes = 8;
const maxQuoteLength = 400;

function shortened(text: string): string {
  if (text.length <= maxQuoteLength) return text;
  const cut = text.lastIndexOf(" ", maxQuoteLength);
  return `${text.slice(0, cut > maxQuoteLength / 2 ? cut : maxQuoteLength)}…`;
}

/** The quotes to show, from `people` people, or null when there is none to show. */
export function themeQuotes(answers: readonly SourceAnswer[], k: number): { quotes: string[]; people: number } | null {
  const firstPerPerson = new Map<string, SourceAnswer>();
  for (const a of answers) if (a.answer?.trim() && !firstPerPerson.has(a.interviewId)) firstPerPerson.set(a.interviewId, a);
  const all = [...firstPerPerson.values()];
  const confidential = all.filter((a) => a.anonymous);
  const shown = enoughPeople(confidential.length, k) ? all : all.filter((a) => !a.anonymous);
  if (!shown.length) return null;
  const quotes = shown.map((a) => shortened(maskPersonalData(a.answer!.trim(), { knownNames: [a.interview.employeeName, a.interview.manager] }).text));
  // Sorted by their words, not by when they were said, so a quote's position dates nobody.
  return { quotes: quotes.sort((x, y) => x.localeCompare(y)).slice(0, maxQuotes), people: shown.length };
}
