import { sourced, type Profile, type Sourced } from "@/lib/cv/profile";
import { findDateRange, findSingleDate } from "@/lib/cv/parse/dates";
import { charClass, trimEndWhere } from "@/lib/text/trim";

// Words that name a place of learning, in the languages the parser reads; German and Dutch compounds
// ("Realschule", "Berufliche Schulen", "Fachhochschule", "Hogeschool") hold them inside a word.
const institutionWords =
  /universit(?:y|ies|é|ät|at|à|ario|aria|ade|eit)|universidad|college|coleg(?!a|iad)|scuola|collège|institute|institut|istituto|school|schule|gymnasium|lycée|lyceum|liceo|escuela|escola|academy|akademie|academia|académie|polytechnic|politécnico|politecnico|polytechnique|école|ecole|conservatoire|conservatory|sixth form|大学|学院|学校|中学/iu;
const degreeWords =
  /\b(?:bachelor'?s?|master'?s?|máster|maestría|mestrado|doctor(?:ate)?|doctorado|ph\.?\s?d|dphil|mba|b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|b\.?tech|m\.?tech|b\.?eng|m\.?eng|bsn|msn|llb|llm|jd|md|hnd|btec|a[ -]levels?|gcses?|associate|certificate|nvq|diplôme|diplom\p{L}*|licenciatura|licenciado|grado|licence|bts|dut|cap|bep|brevet|baccalauréat|bac|abitur|ingeniero|ingénieur|ausbildung|\p{L}*abschluss|meister\p{L}*|studium|laurea|bacharelado|técnico superior)(?![\p{L}])|学士|硕士|博士|本科/iu;
// Capital letters that stand for an institution ("MIT", "UC San Diego"), but not a place or a grade.
const acronymInstitution = /^[A-Z]{2,6}(?: \p{Lu}[\p{L}-]+){0,3}$/u;
const notInstitutionAcronyms = new Set(["USA", "US", "UK", "UAE", "EU", "GPA", "CGPA", "GCSE", "CV", "NY", "CA"]);
const stateCode = /^[A-Z]{2}$/;
const pieceSeparators = / {3,}|\s[|•·–—]\s|;\s*|,\s+|\s-\s/;
const bulletStart = /^[•◦●▪‣∙*\-–]\s*/;
const punctuation = charClass(/[,.:;]/);

const isAcronymInstitution = (piece: string) =>
  acronymInstitution.test(piece) && !notInstitutionAcronyms.has(piece) && !degreeWords.test(piece) && (piece.length > 2 || piece.includes(" "));

/**
 * An institution as the line names it, trimmed of what surrounds it: a degree in front ("PhD Princeton
 * University"), a town in brackets ("Awesome University (MyTown)"), the town repeated after it ("New
 * York University New York"), an employer joined by "and"/"und", and with its campus ("University of
 * California, Berkeley") when the campus follows.
 */
function institutionIn(pieces: string[], { bullet }: { bullet: boolean }): string | null {
  // An acronym opens an entry only on a line of its own kind, not in a bullet ("• NSF Graduate Research Fellowship").
  const at = pieces.findIndex((p) => institutionWords.test(p) || (!bullet && isAcronymInstitution(p)));
  if (at < 0) return null;
  let name = pieces[at]!;
  // "Elektro Brandl GmbH & Co. KG und Berufliche Schulen am Ostpark": the school is the part after the employer.
  const sides = name.split(/ (?:and|und|et|y|e) /);
  if (sides.length > 1 && !institutionWords.test(sides[0]!)) name = sides.find((s) => institutionWords.test(s)) ?? name;
  const words = name.split(" ");
  if (words.length > 2 && degreeWords.test(words[0]!) && !institutionWords.test(words[0]!)) name = words.slice(1).join(" ");
  const bracket = /^(.*\S)\s+\(([^()]*)\)$/u.exec(name);
  if (bracket && !institutionWords.test(bracket[2]!)) name = bracket[1]!;
  const keyword = /^(.*?\b(?:University|College|Institute|School))((?: \p{Lu}[\p{L}-]*)+)$/u.exec(name);
  if (
    keyword &&
    keyword[2]!
      .trim()
      .split(" ")
      .every((w) => keyword[1]!.split(" ").includes(w))
  )
    name = keyword[1]!;
  const campus = pieces[at + 1];
  const afterCampus = pieces[at + 2];
  if (
    /^University of \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(name) &&
    campus &&
    /^\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(campus) &&
    !name.includes(campus) &&
    !(afterCampus && stateCode.test(afterCampus))
  )
    name = `${name}, ${campus}`;
  return name;
}

type Entry = { institution: Sourced | null; degree: Sourced | null; start: Sourced | null; end: Sourced | null; dated: boolean };

/** The line without its dates, and the dates it holds (a range, or a lone year of graduation). */
function splitDates(line: string) {
  const range = findDateRange(line);
  const single = range ? null : findSingleDate(line);
  const found = range ?? single;
  const rest = found ? line.slice(0, found.index) + "   " + line.slice(found.index + found.length) : line;
  return { range, single, rest };
}

/**
 * Education entries read as blocks: an institution line, a degree line and a date, in any order and
 * on one line or several. A new block starts when a second institution, a second degree or a second
 * date would join the current one; description lines (thesis, grades, courses) only lend a missing date.
 */
export function parseEducation(lines: string[]): Profile["education"] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  const close = () => {
    if (current && (current.institution || current.degree)) entries.push(current);
    current = null;
  };
  for (const raw of lines) {
    if (!raw.trim()) continue;
    const bullet = bulletStart.test(raw.trim());
    const { range, single, rest } = splitDates(raw.trim().replace(bulletStart, ""));
    const pieces = rest
      .split(pieceSeparators)
      .map((p) => trimEndWhere(p.trim(), punctuation))
      .filter(Boolean);
    const institution = institutionIn(pieces, { bullet });
    // "PhD Princeton University": the degree in front of the institution; a bare "MA" after a comma is a state ("Cambridge, MA").
    const leading = institution && pieces.find((p) => p.endsWith(` ${institution}`) && degreeWords.test(p.slice(0, -institution.length)));
    const degreePiece =
      (leading ? leading.slice(0, -institution!.length).trim() : undefined) ??
      pieces.find((p, i) => degreeWords.test(p) && !institutionWords.test(p) && p !== institution && !(i > 0 && /^[A-Z]{2}$/.test(p)));
    const dated = !!(range || single);
    const leftover = rest.replace(/[^\p{L}]/gu, "").length;
    // A line of a date and a title no vocabulary knows ("09/2014 – 07/2017   Ausbildung zum …") names the qualification.
    const untitled = !!range && !bullet && !institution && !degreePiece && leftover > 12 && (!current || current.dated) ? pieces[0] : undefined;
    const degree = degreePiece ?? untitled;
    const entry = current as Entry | null;
    if (!institution && !degree) {
      if (!dated) continue;
      if (leftover <= 12 && entry?.dated) close();
      else if (leftover > 12 && (!entry || entry.dated)) continue;
    } else if (!entry || (institution && entry.institution) || (degree && entry.degree) || (dated && entry.dated)) close();
    current ??= { institution: null, degree: null, start: null, end: null, dated: false };
    const target: Entry = current;
    if (institution && !target.institution) target.institution = sourced(institution, raw, 0.8);
    if (degree && !target.degree) target.degree = sourced(degree, raw, 0.75);
    if (dated && !target.dated) {
      target.dated = true;
      if (range) target.start = sourced(range.start, raw, 0.7);
      const end = range ? range.end : single!.date;
      if (end) target.end = sourced(end, raw, range ? 0.7 : 0.6);
    }
  }
  close();
  return entries.slice(0, 10).map(({ institution, degree, start, end }) => ({ institution, degree, start, end }));
}
