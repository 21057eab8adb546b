import { optionalFrom } from "@/lib/jobs/read/markers";

// Years of experience a posting asks for: "4+ years of experience", "at least three years",
// "one year of specialized experience", "3-5 años de experiencia", "no experience needed" (0).

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  diez: 10,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  dix: 10,
  ein: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  zehn: 10,
  um: 1,
  dois: 2,
  três: 3,
};

/** A number of years ("4+ years", "three years", "3-5 años", "mindestens 2 Jahre"). */
const yearsPattern =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|diez|deux|trois|quatre|cinq|sept|huit|dix|ein|einem|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|um|dois|três)(?: ?(?:-|–|to|a|à|bis) ?\d{1,2})? ?\+? ?(?:\(\d{1,2}\) ?)?(?:full[- ])?(?:years?|yrs?|años|año|ans|an|jahren?|anos?)(?![\p{L}\p{N}])/giu;
/** The years are of experience only when the sentence says so (not a contract's or a probation's). */
const experienceWord =
  /(?<![\p{L}\p{N}])(?:experienced|work(?:ing)?|background|track record|leading|managing|supervising|exp[ée]rience|erfahrung|berufserfahrung|experi[êe]ncia)(?![\p{L}\p{N}])/iu;
const notExperience =
  /(?<![\p{L}\p{N}])(?:probation(?:ary)?|trial|appointments?|contract|within the last|not to exceed|nte|serve|warranty|old|age[ds]?|edad|ans? et plus)(?![\p{L}\p{N}])/iu;
const noExperience =
  /(?<![\p{L}\p{N}])(?:no (?:prior |previous )?experience (?:is )?(?:needed|required|necessary)|no experience\b|sin experiencia|no se requiere experiencia|aucune exp[ée]rience|sans exp[ée]rience|keine (?:berufs)?erfahrung|sem experi[êe]ncia)(?![\p{L}\p{N}])/iu;

export type YearsStatement = { years: number; preferred: boolean; at: number };

/** Every years-of-experience statement in a sentence, with whether it is marked optional. */
export function yearsStatements(sentence: string): YearsStatement[] {
  if (noExperience.test(sentence)) return [{ years: 0, preferred: false, at: 0 }];
  if (!experienceWord.test(sentence) || notExperience.test(sentence)) return [];
  const text = sentence.replace(/\s+/gu, " ");
  const optionalAt = optionalFrom(text);
  return [...text.matchAll(yearsPattern)].map((match) => {
    const word = match[1]!.toLowerCase();
    return { years: /^\d/u.test(word) ? Number(word) : (numberWords[word] ?? 0), preferred: match.index >= optionalAt, at: match.index };
  });
}
