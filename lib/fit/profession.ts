import type { Profile } from "@/lib/cv/profile";
import { folded } from "@/lib/fit/requirements/phrase";
import type { Judgement } from "@/lib/fit/requirements/judged";

// Words of a job title that say nothing of the profession: seniority, rank and joiners.
const rankWords = new Set([
  "senior",
  "junior",
  "lead",
  "principal",
  "staff",
  "associate",
  "assistant",
  "head",
  "chief",
  "manager",
  "director",
  "intern",
  "trainee",
  "graduate",
  "entry",
  "level",
  "mid",
  "sr",
  "jr",
  "and",
  "for",
  "the",
  "with",
  "remote",
  "hybrid",
  "full",
  "part",
  "time",
  "contract",
  "specialist",
  "officer",
  "team",
  "member",
  "ii",
  "iii",
  "iv",
  "de",
  "del",
  "la",
  "el",
  "en",
  "des",
  "du",
  "le",
  "und",
  "der",
  "die",
  "practicante",
  "stagiaire",
  "praktikant",
  "our",
  "your",
  "you",
  "who",
  "join",
  "unit",
]);

// Words that name one profession in different words or languages; a title word in a group stands for the whole group.
const sameProfession: string[][] = [
  [
    "engineer",
    "developer",
    "programmer",
    "ingeniero",
    "ingeniera",
    "desarrollador",
    "desarrolladora",
    "programador",
    "ingenieur",
    "developpeur",
    "entwickler",
    "swe",
    "sre",
  ],
  ["nurse", "nursing", "enfermero", "enfermera", "infirmier", "infirmiere", "pflegefachkraft", "krankenpfleger"],
  ["teacher", "educator", "tutor", "maestro", "maestra", "profesor", "profesora", "docente", "professeur", "enseignant", "enseignante", "lehrer", "lehrerin"],
  ["accountant", "accounting", "contable", "contador", "contadora", "comptable", "buchhalter", "buchhalterin"],
  ["analyst", "analista", "analyste"],
  ["sales", "ventas", "vendeur", "vertrieb", "account"],
  ["chef", "cook", "cocinero", "cocinera", "cuisinier", "koch"],
  ["scientist", "cientifico", "cientifica", "scientifique", "wissenschaftler"],
];
const professionOf = new Map(sameProfession.flatMap((group) => group.map((word) => [word, group[0]!] as const)));
const stem = (word: string) => professionOf.get(word) ?? word.slice(0, 6);

/** The words of a title that name a profession ("nurse", "developer", "analyst"). */
function professionWords(title: string): string[] {
  return (folded(title).match(/\p{L}{3,}/gu) ?? []).filter((word) => !rankWords.has(word));
}

/**
 * The CV line of a job whose title shares a profession word with the posting's title, or null; words
 * meet by their first six letters ("engineer", "engineering") or by `sameProfession`. The company is
 * read too: a CV's layout can put the title where the company is read from.
 */
function titleMatch(profile: Profile, postingTitle: string | null): string | null {
  const wanted = new Set(professionWords(postingTitle ?? "").map(stem));
  for (const job of profile.experience) {
    for (const field of [job.title, job.company]) {
      if (field && professionWords(field.value).some((word) => wanted.has(stem(word)))) return field.source.split("\n")[0]!;
    }
  }
  return null;
}

/** The role itself: a job title like the posting's is what a recruiter looks for first. Null when the posting's title names no profession. */
export function judgeRole(profile: Profile, postingTitle: string | null): Judgement | null {
  if (!postingTitle || !professionWords(postingTitle).length) return null;
  const cvLine = titleMatch(profile, postingTitle);
  return {
    kind: "role",
    label: postingTitle,
    required: true,
    status: cvLine ? "met" : "missing",
    postingLine: postingTitle,
    cvLines: cvLine ? [cvLine] : [],
    note: cvLine ? null : "None of your job titles is like this one.",
  };
}

/**
 * The share of the posting's profession-specific skills the CV shows (partly shown counts half), counted
 * as if the posting named one more that the CV lacks: two skills read from a short posting say less than
 * twenty, so a few matches there weigh less. Null when the posting names none.
 */
export function specificSkillShare(judgements: Judgement[]): number | null {
  const specific = judgements.filter((j) => j.kind === "skill" && !j.generic);
  if (!specific.length) return null;
  const shown = specific.reduce((sum, j) => sum + (j.status === "met" ? 1 : j.status === "partial" ? 0.5 : 0), 0);
  return shown / (specific.length + 1);
}
