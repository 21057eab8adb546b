import { jobAt, type CvMap } from "@/lib/chat/offline/cv-map";
import { piece, quote, type Piece } from "@/lib/chat/offline/compose";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { headingKind } from "@/lib/cv/parse/sections";
import { wordList, saysAny, wordsFor, type WordList } from "@/lib/chat/offline/words";

// Lines quoted as evidence: a hit, with the wrapped rest of its sentence when that rest holds what
// was asked, and the job the line belongs to.

const bulletOnly = /^[•◦▪·*–-]$/u;
const startsBullet = /^[•◦▪·*–-]\s/u;
const endsSentence = /[.!?]["')\]]?$/u;

export function isHeadingLine(map: CvMap, line: number): boolean {
  const text = map.lines[line - 1]!;
  if (headingKind(text)) return true;
  return (
    map.jobs.some((j) => [j.titleLine, j.companyLine, j.startLine, j.endLine].includes(line)) ||
    map.schools.some((s) => [s.degreeLine, s.institutionLine, s.dateLine].includes(line))
  );
}

/** The line that carries on a wrapped sentence, skipping a lone bullet mark, or null. */
export function continuationOf(map: CvMap, line: number): number | null {
  const text = map.lines[line - 1]!;
  if (endsSentence.test(text.trimEnd())) return null;
  let next = line + 1;
  while (next <= map.lines.length && bulletOnly.test(map.lines[next - 1]!.trim())) next++;
  if (next > map.lines.length || map.excluded.has(next) || isHeadingLine(map, next)) return null;
  const nextText = map.lines[next - 1]!;
  if (startsBullet.test(nextText)) return null;
  return next;
}

/** The line a wrapped sentence starts on, when `line` carries on the one before it. */
export function sentenceStart(map: CvMap, line: number): number {
  const previous = line - 1;
  if (previous < 1 || map.excluded.has(previous) || isHeadingLine(map, previous) || startsBullet.test(map.lines[line - 1]!)) return line;
  // Only a line that cannot start a sentence, or one after a line cut mid-phrase, carries one on.
  const text = map.lines[line - 1]!;
  const before = map.lines[previous - 1]!.trimEnd();
  const cutMidPhrase = /[,;:(/–-]$/u.test(before) || /(?:ing|ed|by|of|to|in|on|for|with|and|or|the|a|an)$/iu.test(before);
  if (!/^[\p{Ll}\p{N}]/u.test(text) && !cutMidPhrase) return line;
  return continuationOf(map, previous) === line ? previous : line;
}

/**
 * A hit and the lines it needs: the continuation is kept when it holds a term of the question, or a
 * figure when one was asked for and the first line has none.
 */
export function evidenceLines(map: CvMap, index: LineIndex, line: number, query: string | string[], wantsFigure: boolean): number[] {
  const start = sentenceStart(map, line);
  if (start !== line) return [start, line];
  const lines = [line];
  const next = continuationOf(map, line);
  if (next === null) return lines;
  const terms = new Set(Array.isArray(query) ? query : index.terms(query));
  const nextTerms = index.terms(map.lines[next - 1]!);
  const holdsTerm = nextTerms.some((t) => terms.has(t) || [...terms].some((q) => q.length >= 5 && t.startsWith(q)));
  const holdsFigure = wantsFigure && /\d/u.test(map.lines[next - 1]!) && !/\d/u.test(map.lines[line - 1]!);
  if (holdsTerm || holdsFigure) lines.push(next);
  return lines;
}

/** Quoted evidence lines as one piece, citing each. */
export const quotedPiece = (map: CvMap, lines: number[], lead = "", tail = ""): Piece =>
  piece(`${lead}${quote(lines.map((l) => map.lines[l - 1]!).join(" "))}${tail}`, lines);

/** "At Amazon (Software Development Engineer III)": the job a line belongs to, citing its employer's line. */
export function jobContext(map: CvMap, line: number, cite: boolean): Piece | null {
  const job = jobAt(map, line);
  if (!job) return null;
  const company = job.job.company?.value;
  const title = job.job.title?.value;
  if (!company && !title) return null;
  const employerLine = company ? job.companyLine : job.titleLine;
  const lineText = employerLine ? map.lines[employerLine - 1]! : "";
  // The employer's own line says more than the parsed fields ("Registered Nurse, Cardiac Step-Down Unit – …").
  const text = lineText && lineText.length <= 100 ? `At ${quote(lineText)}:` : company ? `At ${company}${title ? ` (${title})` : ""}:` : `As ${title}:`;
  return piece(text, cite ? [employerLine] : []);
}

// Verbs of running people's work, and verbs of developing people, which are not managing them.
const managingVerbs = wordList(`led lead leads leading leader manage managed manages managing manager supervise supervised supervising supervisor
  oversaw oversee oversees overseeing responsible_for in_charge_of look_after looks_after looked_after headed heads directed direct hired hiring recruited recruiting scaled built_a_team built_the_team line_managed line_manage line_manager charge
  ran run runs running
  encadr* dirig* supervis* gestion* coordin* fuhr* leit* betreu* gerenc* lider*`);
const developingVerbs =
  wordList(`mentor mentored mentoring mentors coached coach coaching trained training train trains tutored tutoring tutor tutors precepted preceptor onboarded
  tut* form* forme formee formateur formatrice entren* capacit* ausgebild* schult* geschult*`);
const leadershipVerbs: WordList = {
  words: new Set([...managingVerbs.words, ...developingVerbs.words]),
  stems: [...managingVerbs.stems, ...developingVerbs.stems],
  phrases: [...managingVerbs.phrases, ...developingVerbs.phrases],
};
const people =
  wordList(`team teams engineers engineer developers staff people employees reports direct_reports students graduates juniors junior nurses colleagues members group groups
  interns analysts designers volunteers scientists researchers personnel crew crews workers hires apprentices trainees headcount
  operatives operators pickers packers drivers bakers chefs cooks teachers assistants carers technicians agents associates cashiers servers waiters starters shift shifts brigade
  equipo equipe personas personnes personen pessoas mitarbeiter empleados employes colaboradores docentes etudiants estudiantes alumnos eleves auszubild* tecnicos techniciens`);

export const hasLeadershipVerb = (text: string) => saysAny(wordsFor(text), leadershipVerbs);

/** Whether a line tells of running people's work rather than only mentoring or training them. */
export const tellsOfManaging = (text: string) => saysAny(wordsFor(text), managingVerbs);

/** Whether a question asks about mentoring or training people rather than managing them. */
export const asksAboutDeveloping = (text: string) => saysAny(wordsFor(text), developingVerbs);

/** Whether a line (with its continuation) tells of leading or developing people. */
export function tellsOfLeadingPeople(text: string): boolean {
  const words = wordsFor(text);
  return saysAny(words, leadershipVerbs) && saysAny(words, people);
}

/** Whether a line tells of leading with a number ("Oversaw 1000+ engineers", "une brigade de 9"). */
const numberWords = wordList(
  "two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand dos tres cuatro cinco deux trois quatre cinq zwei drei vier funf",
);
export const tellsOfHeadcount = (text: string) => {
  const words = wordsFor(text);
  return saysAny(words, leadershipVerbs) && (/\d/u.test(text) || saysAny(words, numberWords));
};
