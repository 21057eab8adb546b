import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";
import { enoughPeople } from "@/lib/exit/dashboard/anonymity";

// Quotes behind a theme on the dashboard: de-identified, at most one per person, and only when at
// least k people (the threshold for comments) said something on it, so no quote set singles anyone out.

export type SourceAnswer = { interviewId: string; answer: string | null; interview: { employeeName: string; manager: string } };

export const maxQuotes = 8;
const maxQuoteLength = 400;

function shortened(text: string): string {
  if (text.length <= maxQuoteLength) return text;
  const cut = text.lastIndexOf(" ", maxQuoteLength);
  return `${text.slice(0, cut > maxQuoteLength / 2 ? cut : maxQuoteLength)}…`;
}

/** The quotes to show, or null when fewer than k people said anything on the theme. */
export function themeQuotes(answers: readonly SourceAnswer[], k: number): { quotes: string[]; people: number } | null {
  const firstPerPerson = new Map<string, SourceAnswer>();
  for (const a of answers) if (a.answer?.trim() && !firstPerPerson.has(a.interviewId)) firstPerPerson.set(a.interviewId, a);
  if (!enoughPeople(firstPerPerson.size, k)) return null;
  const quotes = [...firstPerPerson.values()].map((a) =>
    shortened(maskPersonalData(a.answer!.trim(), { knownNames: [a.interview.employeeName, a.interview.manager] }).text),
  );
  // Sorted by their words, not by when they were said, so a quote's position dates nobody.
  return { quotes: quotes.sort((x, y) => x.localeCompare(y)).slice(0, maxQuotes), people: firstPerPerson.size };
}
