import type { ChatTurn } from "@/lib/chat/answer";
import { jobAt, type CvMap, type MappedJob, type MappedSchool } from "@/lib/chat/offline/cv-map";
import { isGrammarWord } from "@/lib/chat/offline/terms";
import { wordsOf, type Words } from "@/lib/chat/offline/words";

// What part of the CV a question points at: a named employer or school, a job title, a year, or,
// for a follow-up, the job the previous answer was about.

// Words that name the kind of organisation rather than which one.
const genericOrganisationWords = new Set(
  "inc ltd llc corp co gmbh sa sl sas plc ag group company the of and de la le les del der die das et y und university universidad universite college school institute institut research hospital services consulting".split(
    " ",
  ),
);

const distinctiveWords = (name: string) => wordsOf(name).filter((w) => w.length >= 3 && !genericOrganisationWords.has(w) && !isGrammarWord(w));

/** Whether the question names this organisation: a distinctive word of its name, or all of its words. */
/** Two forms of one word: equal, or one a longer form of the other ("Stadtwerke", "Stadtwerken"). */
export const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 5 && Math.abs(a.length - b.length) <= 2 && (a.startsWith(b) || b.startsWith(a)));

export function namesOrganisation(words: Words, name: string | undefined): boolean {
  if (!name) return false;
  const distinctive = distinctiveWords(name);
  if (distinctive.length) return distinctive.some((w) => words.set.has(w) || words.list.some((q) => sameWord(q, w)));
  const all = wordsOf(name);
  return all.length > 0 && all.every((w) => words.set.has(w));
}

export const jobsNamedBy = (map: CvMap, words: Words): MappedJob[] => map.jobs.filter((j) => namesOrganisation(words, j.job.company?.value));

/** Jobs whose title the question states in full ("as a research assistant"). */
export function jobsTitledBy(map: CvMap, words: Words): MappedJob[] {
  return map.jobs.filter((j) => {
    const titleWords = wordsOf(j.job.title?.value ?? "").filter((w) => !isGrammarWord(w));
    return titleWords.length > 0 && titleWords.every((w) => words.set.has(w));
  });
}

export const schoolsNamedBy = (map: CvMap, words: Words): MappedSchool[] => map.schools.filter((s) => namesOrganisation(words, s.institution?.value));

/** The years a question names ("in 2019"). */
export const yearsIn = (words: Words): number[] => words.list.filter((w) => /^(?:19|20)\d\d$/u.test(w)).map(Number);

/** The job the previous answer was about: the first job whose block holds a line it cited. */
export function jobInFocus(map: CvMap, history: ChatTurn[]): MappedJob | null {
  for (let turn = history.length - 1; turn >= 0; turn--) {
    for (const line of history[turn]!.citations) {
      const job = jobAt(map, line);
      if (job) return job;
    }
  }
  return null;
}
