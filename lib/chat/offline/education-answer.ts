import type { CvMap, MappedSchool } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft, type Piece } from "@/lib/chat/offline/compose";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { searchTerm } from "@/lib/chat/offline/terms";
import { saysAny, wordList, type Words } from "@/lib/chat/offline/words";
import { asksYesOrNo } from "@/lib/chat/offline/question-form";

// Education: the degrees asked about (a level, a school, the highest), and a detail of one such as
// a GPA or a thesis, each citing the line it is read from.

const levels: [RegExp, ReturnType<typeof wordList>][] = [
  [/\b(?:ph\.?\s?d|doctor|doctorate|dphil|doktor|doctorado|doutorado)\b/iu, wordList("phd doctorate doctoral doctor dphil doktor doctorado doutorado")],
  // Integrated masters are written as one word: MPharm, MChem, MPhys.
  [
    /\b(?:master|m\.?\s?sc?|m\.?\s?eng|mba|m\.?a\.|máster|magister|m(?:pharm|chem|phys|math|res|phil|biol|sci))\b/iu,
    wordList("master masters msc ms meng mba maestria master_s"),
  ],
  [
    // "BS 7671" is a British Standard, and a "forklift licence" no French degree, which opens its line.
    /\b(?:bachelor|b\.?\s?sc?(?!\s?\d)|b\.?\s?eng|b\.?\s?a|b\.?tech|grado|licenciatura)\b|^licence\b/iu,
    wordList("bachelor bachelors undergraduate bsc bs ba beng btech grado licenciatura"),
  ],
];

/** The degree level a text names (0 a doctorate, 1 a master's, 2 a bachelor's), or `levels.length` for none. */
export const degreeLevelOf = (text: string) => {
  const at = levels.findIndex(([pattern]) => pattern.test(text));
  return at < 0 ? levels.length : at;
};

export const levelOf = (school: MappedSchool) => degreeLevelOf(school.degree?.value ?? "");

// A framework level stated beside the title ("NVQ Level 3", "Level 2 Diploma", "Niveau 4") ranks schooling below a degree.
const statedLevel = /\b(?:level|niveau|nivel|stufe)\s(\d{1,2})\b/iu;

/** The order of a school among the highest: by degree level, then by a stated level, higher first. */
function rankOf(school: MappedSchool, lines: string[]): number {
  const line = school.degreeLine ?? school.institutionLine;
  const text = line ? lines[line - 1]! : (school.degree?.value ?? "");
  const stated = Number(statedLevel.exec(text)?.[1] ?? 0);
  return degreeLevelOf(text) * 100 - stated;
}

/** "NVQ Level 3 (" when the parser cut the title at its date's bracket: the title without the bracket. */
function withoutOpenBracket(text: string | undefined): string | undefined {
  const trimmed = text?.trimEnd();
  return trimmed && /[([]$/u.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

export function schoolPiece(school: MappedSchool, citeInstitution: boolean, lines: string[]): Piece {
  const degree = withoutOpenBracket(school.degree?.value);
  // A degree the parser could not read is still on the institution's line: that line is told whole.
  if (!degree && school.institutionLine !== null) {
    const whole = lines[school.institutionLine - 1]!.replace(/\s+/gu, " ").trim();
    return piece(`${whole.replace(/[.;,]$/u, "")}.`, [school.institutionLine, school.dateLine]);
  }
  const institution = school.institution?.value;
  const dates = [school.start?.value, school.end?.value].filter(Boolean).join(" – ");
  const text = [degree, institution].filter(Boolean).join(", ") + (dates ? ` (${dates})` : "");
  return piece(`${text}.`, [school.degreeLine, citeInstitution ? school.institutionLine : null, school.dateLine]);
}

// Words that ask for the education itself rather than a detail of it.
const educationTerms = new Set(
  "study studied studies degree degrees school university college education graduate graduated graduation finish finished master masters bachelor bachelors phd doctorate where when what get got did do"
    .split(" ")
    .flatMap((w) => searchTerm(w) ?? []),
);

const qualifyingWords = wordList("qualify qualified qualifying qualification qualifications");
/** A driving licence is a credential, but not one a list of qualifications is asked for. */
export const drivingLicence = /\b(?:driving|driver'?s|conduire|conducir|f(?:ü|ue?)hrerschein|condu[cç][aã]o)\b/iu;
// A driving licence read as a school entry ("licence" is also a French degree) is no education.
export const isSchooling = (school: MappedSchool) => !drivingLicence.test(school.degree?.value ?? "");
const degreeWords = wordList("degree degrees graduate graduated university_degree college_degree titulo diplome abschluss");

// A grade is written in many ways: a GPA, an honours class, a distinction, a French "mention".
const gradeWords = wordList("gpa grade grades classification honours honors final_mark final_result degree_result nota");
const gradeLine = /\b(?:gpa|honou?rs|first class|upper second|lower second|2:1|2:2|distinction|merit|cum laude|grade|mention|nota|note)\b/iu;

/** "What grade did he get?": the school line that states one, or a plain "not stated". */
function gradeOf(map: CvMap, schools: MappedSchool[]): Draft {
  for (const school of schools)
    for (let line = school.first; line <= school.last; line++)
      if (!map.excluded.has(line) && gradeLine.test(map.lines[line - 1]!)) return answer(piece(`${quote(map.lines[line - 1]!)}.`, [line]));
  return notInCv(piece("The CV does not state a grade or GPA for the education it lists."));
}

export function education(map: CvMap, index: LineIndex, words: Words, query: string, named: MappedSchool[]): Draft {
  let schools = (named.length ? named : map.schools).filter(isSchooling);
  // "Has he got a degree?" when the CV lists schooling below a degree: no, and what it does list.
  if (asksYesOrNo(words) && saysAny(words, degreeWords) && schools.length && schools.every((s) => levelOf(s) === levels.length))
    return answer(piece("No degree is listed. The CV lists:"), ...schools.map((s) => schoolPiece(s, true, map.lines)));
  const askedLevel = levels.findIndex(([, list]) => saysAny(words, list));
  if (askedLevel >= 0) schools = schools.filter((s) => levelOf(s) === askedLevel);
  // "When did he qualify?", "How long has she been qualified?" ask for the date of the main qualification, which is the highest.
  const asksHighest =
    saysAny(words, wordList("highest top latest last")) || (saysAny(words, qualifyingWords) && saysAny(words, wordList("when year date since how_long")));
  if (asksHighest) schools = [...schools].sort((a, b) => rankOf(a, map.lines) - rankOf(b, map.lines)).slice(0, 1);
  if (!schools.length)
    return notInCv(piece(askedLevel >= 0 ? "The CV does not say the candidate holds such a degree." : "The CV does not say: it lists no education."));
  const pieces = schools.map((s) => schoolPiece(s, !named.includes(s), map.lines));
  // Details asked beyond the degree (a GPA, a thesis), from the lines of the schools named.
  const namedWords = new Set(named.flatMap((s) => index.terms(s.institution?.value ?? "")));
  const detailTerms = index.terms(query).filter((t) => !educationTerms.has(t) && !namedWords.has(t));
  if (saysAny(words, gradeWords)) return gradeOf(map, schools);
  if (detailTerms.length) {
    const inSchools = (line: number) => schools.some((s) => line >= s.first && line <= s.last) && !map.excluded.has(line);
    const details = index
      .search(detailTerms, inSchools)
      .slice(0, 2)
      .filter((hit) => hit.matched.some((t) => detailTerms.includes(t)));
    if (details.length) {
      // The detail is the answer: the school is named, and only its degree line cited beside the detail's.
      return answer(
        ...schools.map((s) => ({ ...schoolPiece(s, false, map.lines), lines: s.degreeLine ? [s.degreeLine] : [] })),
        ...details.map((hit) => piece(`${quote(map.lines[hit.line - 1]!)}.`, [hit.line])),
      );
    }
  }
  return answer(...pieces);
}
