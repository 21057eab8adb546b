import type { CvMap, MappedJob } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft, type Piece } from "@/lib/chat/offline/compose";
import {
  continuationOf,
  evidenceLines,
  hasLeadershipVerb,
  isHeadingLine,
  sentenceStart,
  asksAboutDeveloping,
  tellsOfManaging,
  jobContext,
  quotedPiece,
  tellsOfHeadcount,
  tellsOfLeadingPeople,
} from "@/lib/chat/offline/evidence";
import { subjectTerms } from "@/lib/chat/offline/terms";
import type { LineIndex } from "@/lib/chat/offline/retrieval";

// Judgements built on evidence: a verdict first ("Yes", "Partly", "No"), then the lines behind it.

type Candidate = { line: number; lines: number[]; score: number };

/** Lines outside the header that pass `test`, best first by their score against the question. */
function evidence(
  map: CvMap,
  index: LineIndex,
  query: string,
  test: (lines: string[]) => boolean,
  within: (line: number) => boolean,
  wantsFigure: boolean,
): Candidate[] {
  const scores = new Map(index.search(query, within).map((h) => [h.line, h.score]));
  const found: Candidate[] = [];
  const taken = new Set<number>();
  for (let line = 1; line <= map.lines.length; line++) {
    if (taken.has(line) || map.excluded.has(line) || !within(line) || map.sectionOf[line] === "contact" || isHeadingLine(map, line)) continue;
    // A line that carries on a sentence is read with the line that starts it; and the first line must itself tell of leading.
    if (sentenceStart(map, line) !== line || !hasLeadershipVerb(map.lines[line - 1]!)) continue;
    const lines = evidenceLines(map, index, line, query, wantsFigure);
    const next = continuationOf(map, line);
    const withNext = next && !lines.includes(next) ? [...lines, next] : lines;
    if (!test([map.lines[line - 1]!]) && !test(withNext.map((l) => map.lines[l - 1]!))) continue;
    const used = test([map.lines[line - 1]!]) ? [line] : withNext;
    used.forEach((l) => taken.add(l));
    found.push({ line, lines: used, score: Math.max(...used.map((l) => scores.get(l) ?? 0)) + (map.sectionOf[line] === "experience" ? 0.5 : 0) });
  }
  return found.sort((a, b) => b.score - a.score || a.line - b.line);
}

function evidencePieces(map: CvMap, chosen: Candidate[], citeJob: boolean): Piece[] {
  const pieces: Piece[] = [];
  let lastContext = "";
  chosen.forEach((c, i) => {
    const context = jobContext(map, c.line, citeJob && i === 0);
    // Two lines of one job are told under one heading; a heading that is itself the evidence is told once.
    const isItself = context !== null && context.text === `At ${quote(map.lines[c.line - 1]!)}:`;
    if (context && !isItself && context.text !== lastContext) pieces.push(context);
    lastContext = context?.text ?? "";
    pieces.push(quotedPiece(map, c.lines, "", "."));
  });
  return pieces;
}

// Words that stand for leading people, added to the question so the plainest evidence ranks first.
const leadershipQuery = "led lead managed manager mentored supervised oversaw team people reports engineers staff";

const titleLeads =
  /\b(?:manager|lead|leader|head|director|chief|cto|ceo|coo|vp|vice president|president|supervisor|founder|jefe|jefa|directeur|directrice|responsable|leiter|leiterin|gerente|chef|cheffe)\b/iu;

export function leadership(map: CvMap, index: LineIndex, query: string, scope: MappedJob[]): Draft {
  const within = (line: number) => !scope.length || scope.some((j) => line >= j.first && line <= j.last);
  // The first line must itself tell of leading; its wrapped rest may name the people.
  const test = (lines: string[]) => hasLeadershipVerb(lines[0]!) && tellsOfLeadingPeople(lines.join(" "));
  const found = evidence(map, index, `${query} ${leadershipQuery}`, test, within, false);
  const inHistory = found.filter((c) => map.sectionOf[c.line] !== "summary");
  const pool = inHistory.length ? inHistory : found;
  const managing = pool.filter((c) => tellsOfManaging(c.lines.map((l) => map.lines[l - 1]!).join(" ")));
  // Mentoring or training people is not managing them: "Yes" only when that is what was asked.
  if (managing.length || (pool.length && asksAboutDeveloping(query)))
    return answer(piece("Yes."), ...evidencePieces(map, (managing.length && !asksAboutDeveloping(query) ? managing : pool).slice(0, 2), false));
  if (pool.length)
    return answer(piece("Partly: the CV tells of mentoring or training people, not of managing them."), ...evidencePieces(map, pool.slice(0, 2), false));
  const titled = (scope.length ? scope : map.jobs).filter((j) => titleLeads.test(j.job.title?.value ?? ""));
  if (titled.length)
    return answer(
      piece("Partly: the CV gives leading job titles but says nothing about people managed."),
      ...titled.slice(0, 2).map((j) => piece(`${j.job.title!.value}${j.job.company ? ` at ${j.job.company.value}` : ""}.`, [j.titleLine])),
    );
  return notInCv(piece("The CV does not say the candidate has managed or led people."));
}

export function headcount(map: CvMap, index: LineIndex, query: string, scope: MappedJob[], scopeName: string | null): Draft {
  const within = (line: number) => !scope.length || scope.some((j) => line >= j.first && line <= j.last);
  const found = evidence(map, index, query, (lines) => tellsOfHeadcount(lines.join(" ")), within, true);
  // The line that best matches the question; among equals, one that names people.
  const names = (c: Candidate) => (tellsOfLeadingPeople(c.lines.map((l) => map.lines[l - 1]!).join(" ")) ? 1 : 0);
  const chosen = [...found].sort((a, b) => b.score - a.score || names(b) - names(a)).slice(0, 1);
  if (chosen.length) return answer(...evidencePieces(map, chosen, false));
  const where = scopeName ? ` at ${scopeName}` : "";
  return notInCv(piece(`The CV does not say the candidate manages or managed anyone${where}, so it gives no number of people.`));
}

/**
 * "Has he used Kafka?", "Does she have M&A experience?": the lines that hold the question's most
 * specific term (the one fewest lines hold). A subject the CV never names is not denied here: the
 * caller says the CV does not say.
 */
export function topicEvidence(
  map: CvMap,
  index: LineIndex,
  question: string,
  options: { verdict: boolean; wantsFigure: boolean; within?: (line: number) => boolean; askedTerms?: string[] },
): Draft | null {
  const subject = question;
  const within = (line: number) => map.sectionOf[line] !== "contact" && (options.within?.(line) ?? true);
  const terms = [...new Set(subjectTerms(subject))];
  const hitsByTerm = terms.map((term) => ({ term, lines: index.search([term], within).length })).filter((t) => t.lines > 0);
  if (!hitsByTerm.length) return null;
  const rarest = hitsByTerm.reduce((a, b) => (b.lines < a.lines ? b : a)).term;
  // Words that share their first five letters with the rarest ("acquired", "acquisition") name the same subject.
  const sameSubject = (m: string) => m.slice(0, 5) === rarest.slice(0, 5);
  // Work-history lines first, and among them whole items before fragments of a wrapped sentence.
  const inHistory = (line: number) =>
    (map.jobItems.has(line) ? 4 : 0) + (map.sectionOf[line] === "experience" ? 2 : 0) + (/^[\p{Lu}\p{N}•◦▪·*–-]/u.test(map.lines[line - 1]!) ? 1 : 0);
  const hits = index
    .search(terms, within)
    .filter((h) => h.matched.some(sameSubject))
    .sort((a, b) => b.exact - a.exact || inHistory(b.line) - inHistory(a.line) || b.score - a.score);
  if (!hits.length) return null;
  const best = hits[0]!.score;
  const chosen = hits
    .filter((h) => h.exact === hits[0]!.exact && inHistory(h.line) === inHistory(hits[0]!.line) && h.score >= best * 0.8)
    .slice(0, options.verdict ? 2 : 1);
  const taken = new Set<number>();
  const candidates: Candidate[] = [];
  for (const hit of chosen) {
    if (taken.has(hit.line)) continue;
    const lines = evidenceLines(map, index, hit.line, subject, options.wantsFigure);
    lines.forEach((l) => taken.add(l));
    candidates.push({ line: hit.line, lines, score: hit.score });
  }
  // "Yes" only when the lines hold every word the question asked about: "Is she a head chef?" is not
  // answered yes by "commis chefs". Words added for retrieval (another name of a skill) are not asked.
  const held = new Set(candidates.flatMap((c) => c.lines.flatMap((l) => index.terms(map.lines[l - 1]!))));
  const holdsAll = (options.askedTerms ?? terms).every(
    (t) => held.has(t) || [...held].some((h) => h.length >= 5 && t.length >= 5 && h.slice(0, 5) === t.slice(0, 5)),
  );
  const verdict = options.verdict ? [piece(holdsAll ? "Yes." : "Not in those words. The closest the CV comes:")] : [];
  return answer(...verdict, ...evidencePieces(map, candidates, false));
}

/** Lines in the CV addressed to an AI reader: reported by number, never repeated. */
export function manipulationReport(map: CvMap): Draft {
  const lines = [...map.excluded].sort((a, b) => a - b);
  if (!lines.length)
    return answer(
      piece("I found no text addressed to an AI reader in the CV's lines. Hidden text that the file does not show as lines cannot be checked here."),
    );
  return answer(piece("Yes. These lines are addressed to an AI reader rather than to a person, and I ignore them:", lines));
}
