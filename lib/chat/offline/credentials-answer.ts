import type { CvMap, MappedSchool } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft, type Piece } from "@/lib/chat/offline/compose";
import { credentialLines, namesCredential } from "@/lib/chat/offline/credential-lines";
import { degreeLevelOf, drivingLicence, isSchooling, schoolPiece } from "@/lib/chat/offline/education-answer";
import { quotedPiece } from "@/lib/chat/offline/evidence";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { isGrammarWord, subjectTerms } from "@/lib/chat/offline/terms";
import { wordsOf, type Words } from "@/lib/chat/offline/words";
import type { Profile, Sourced } from "@/lib/cv/profile";

// Certifications and licences as the CV lists them, narrowed to the ones a question names.

const listWords = new Set("certified certification certifications certificate certificates year years list each every which all hold holds does".split(" "));

// A date on its own line ("2020", "Sep 2020") closes a credential laid out as name, issuer, date.
const dateOnly = /^(?:\p{L}{3,9}\.?\s)?(?:19|20)\d\d$/u;
// A sentence in the list means the section ran on into prose the parser took for credentials.
// Credential names are mostly capitalised words; prose is mostly small ones.
const isProse = (value: string) => {
  const words = value.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 8 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= words.length / 2;
};

/** Credentials as the CV lays them out: each name, with the issuer and date lines after it as details. */
function credentialGroups(values: Sourced[]): { name: Sourced; details: string[] }[] {
  const kept: Sourced[] = [];
  for (const value of values) {
    if (isProse(value.value)) break;
    kept.push(value);
  }
  if (!kept.some((v) => dateOnly.test(v.value.trim()))) return kept.map((name) => ({ name, details: [] }));
  const groups: { name: Sourced; details: string[] }[] = [];
  let open: { name: Sourced; details: string[] } | null = null;
  for (const value of kept) {
    if (!open) groups.push((open = { name: value, details: [] }));
    else open.details.push(value.value);
    if (dateOnly.test(value.value.trim())) open = null;
  }
  return groups;
}

/** Each credential on its own piece, citing its line. */
const listed = (lead: string, items: { text: string; line: number | null }[]): Draft =>
  answer(piece(lead), ...items.map((item, i) => piece(`${item.text}${i === items.length - 1 ? "." : ";"}`, [item.line])));

/**
 * The credentials a question asks about. Those the profile lists come first; when it lists none, or
 * none that a question's subject names ("a forklift licence"), the lines that name a credential
 * answer. Null when nothing answers and `onlyWhenNamed` asks to leave the question to other answers
 * unless it names a credential it can be answered with.
 */
export function certifications(
  profile: Profile,
  map: CvMap,
  index: LineIndex,
  question: { words: Words; query: string; yesNo: boolean; onlyWhenNamed: boolean },
): Draft | null {
  const { words } = question;
  const groups = credentialGroups(profile.certifications);
  // "Which AWS certifications": keep the ones naming the words the question adds.
  const asked = (text: string) => wordsOf(text).some((w) => w.length >= 3 && words.set.has(w) && !isGrammarWord(w) && !listWords.has(w));
  const named = groups.filter((g) => asked([g.name.value, ...g.details].join(" ")));
  const asItems = (chosen: typeof groups) =>
    chosen.map((g) => ({ text: `${g.name.value}${g.details.length ? ` (${g.details.join(", ")})` : ""}`, line: map.lineOf(g.name) }));
  if (named.length) return listed("Certifications listed:", asItems(named));

  const queryWords = wordsOf(question.query).filter((w) => !listWords.has(w) && !askingWords.has(w) && !isGrammarWord(w));
  const nouns = queryWords.filter(namesCredential);
  const subject = subjectTerms(queryWords.filter((w) => !namesCredential(w)).join(" "));
  const naming = (terms: string[]) => (line: number) => index.terms(map.lines[line - 1]!).some((t) => terms.some((s) => sameStem(s, t)));
  const found = (lines: number[]) => answer(piece(question.yesNo ? "Yes." : "The CV lists:"), ...lines.map((line) => quotedPiece(map, [line], "", ".")));
  const bySubject = subject.length ? credentialLines(map, true).filter(naming(subject)) : [];
  if (bySubject.length) return found(bySubject);
  // "Does she have a licence?", "What is her registration number?": a question about one kind of
  // credential is answered by the lines of that kind. "Qualified" names no kind, and a plural asks for all.
  const kinds = nouns.filter((w) => !w.startsWith("qualif") && !w.endsWith("s")).flatMap((w) => index.terms(w));
  const byKind = kinds.length ? credentialLines(map, true).filter(naming(kinds)) : [];
  if (byKind.length) return found(byKind);
  if (question.onlyWhenNamed && (subject.length || !nouns.length)) return null;
  // "What qualifications does she have?" asks for the degrees as well as the credentials.
  if (nouns.length && nouns.every((w) => w.startsWith("qualif"))) return qualifications(map);

  if (groups.length) return listed("Certifications listed:", asItems(groups));
  const lines = credentialLines(map, false).filter((line) => !drivingLicence.test(map.lines[line - 1]!));
  if (lines.length)
    return listed(
      "Qualifications, certificates and licences listed:",
      lines.map((line) => ({ text: quote(map.lines[line - 1]!), line })),
    );
  return question.onlyWhenNamed ? null : notInCv(piece("The CV does not say the candidate holds any certification."));
}

/**
 * Every qualification: the degrees as the profile reads them (a degree may be spread over lines),
 * then every other schooling or credential line quoted whole, since the parser may have joined two
 * certificates into one entry.
 */
function qualifications(map: CvMap): Draft | null {
  const textOf = (school: MappedSchool) => map.lines[(school.degreeLine ?? school.institutionLine ?? school.first) - 1] ?? "";
  const degrees = map.schools.filter((s) => isSchooling(s) && degreeLevelOf(textOf(s)) < degreeLevelOf(""));
  const pieces: Piece[] = degrees.map((school) => schoolPiece(school, true, map.lines));
  const cited = new Set(pieces.flatMap((p) => p.lines));
  const schooling = map.schools.filter((s) => isSchooling(s) && !degrees.includes(s)).flatMap((s) => [s.degreeLine, s.institutionLine]);
  const credentials = credentialLines(map, false).filter((line) => !drivingLicence.test(map.lines[line - 1]!));
  const others = [...new Set([...schooling, ...credentials])].filter((l): l is number => l !== null && !cited.has(l)).sort((a, b) => a - b);
  pieces.push(...others.map((line) => quotedPiece(map, [line], "", ".")));
  return pieces.length ? answer(piece("Qualifications listed:"), ...pieces) : null;
}

// Words of asking, not of the credential's subject: "does she hold", "has he got".
// "Number" asks for the figure of a credential, never names one.
const askingWords = new Set("hold holds held have has got get gets qualify list tell show name names what which any trained training done number".split(" "));

/** Two forms of one word: equal, or the same first five letters ("prescribe", "prescribing"). */
const sameStem = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
