import type { CvMap, MappedJob } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft, type Piece } from "@/lib/chat/offline/compose";
import { byRecency, datesOf, isCurrent, jobPiece, lengthInWords, spanOf, type JobFields } from "@/lib/chat/offline/job-text";
import { evidenceLines, quotedPiece } from "@/lib/chat/offline/evidence";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { isGrammarWord, searchTerm } from "@/lib/chat/offline/terms";
import type { MonthNumber } from "@/lib/fit/dates";
import { coveredMonths } from "@/lib/fit/years";
import { wordsOf } from "@/lib/chat/offline/words";
import { statesYears } from "@/lib/chat/offline/profile-answers";

// Answers about the work history: where and when, for how long, every employer, the present, and
// what was done in one job.

const all = { title: true, company: true, dates: true };

export function employerInYears(map: CvMap, years: number[], now: MonthNumber): Draft {
  const pieces: Piece[] = [];
  for (const year of years) {
    const held = byRecency(map.jobs).filter((j) => {
      const span = spanOf(j, now);
      return span !== null && span.start <= year * 12 + 11 && span.end > year * 12;
    });
    if (!held.length) {
      pieces.push(piece(`The CV lists no job in ${year}.`));
      continue;
    }
    held.forEach((job, i) => pieces.push(jobPiece(job, all, i ? "and " : `In ${year}: `, i === held.length - 1 ? "." : ";")));
  }
  return pieces.some((p) => p.lines.length) ? answer(...pieces) : notInCv(piece(`The CV does not say where the candidate worked in ${years.join(" or ")}.`));
}

export function howLong(jobs: MappedJob[], now: MonthNumber): Draft {
  const pieces = jobs.map((job) => {
    const span = spanOf(job, now);
    const length = span ? `, ${lengthInWords(span.end - span.start)}` : "";
    // The dates answer; a title on a line of its own only says what the job was.
    const titleOwnLine = job.titleLine !== job.startLine && job.titleLine !== job.endLine;
    return jobPiece(job, { title: true, dates: true, citeTitle: !titleOwnLine }, `At ${job.job.company?.value ?? "this employer"}: `, `${length}.`);
  });
  return answer(...pieces);
}

/** Every job, most recent first: employers with titles and dates, or only the roles (when the question names the employer). */
export function jobList(jobs: MappedJob[], fields: JobFields, lead: string): Draft {
  const sorted = byRecency(jobs);
  return answer(...(lead ? [piece(lead)] : []), ...sorted.map((job, i) => jobPiece(job, fields, "", i === sorted.length - 1 ? "." : ";")));
}

const nowWords = /\b(?:currently|presently|at present|right now|actualmente|actuellement|derzeit|atualmente)\b/iu;

/**
 * The job or jobs held now. "Yes" opens the answer only when the question asked yes or no ("Is she
 * still at Acme?"), never for "where" or "who". A current role without an employer ("Maths
 * coordinator since 2022") is a duty within the job beside it, so it is left out when a current job
 * names its employer. The summary's "currently …" is quoted only when no job is listed as current.
 */
export function currentJob(map: CvMap, now: MonthNumber, verdict: boolean): Draft {
  const statusLine = map.lines.findIndex((text, i) => map.sectionOf[i + 1] === "summary" && !map.excluded.has(i + 1) && nowWords.test(text)) + 1;
  const status = statusLine ? [piece(`The summary says ${quote(map.lines[statusLine - 1]!)}.`, [statusLine])] : [];
  const running = byRecency(map.jobs.filter(isCurrent));
  const withEmployer = running.filter((job) => job.job.company);
  const current = withEmployer.length ? withEmployer : running;
  if (current.length)
    return answer(
      ...(verdict ? [piece("Yes, according to the CV.")] : []),
      ...current.map((job, i) => jobPiece(job, all, i ? "Also " : "The CV lists as current: ", ".")),
    );
  const latest = byRecency(map.jobs)[0];
  if (!latest) return notInCv(piece("The CV does not say: it lists no jobs."));
  const ended = datesOf(latest);
  const span = spanOf(latest, now);
  return answer(
    piece(`No current job is listed.`),
    jobPiece(latest, all, "The most recent one is ", span ? "." : `${ended ? "" : " (no end date given)"}.`),
    ...status,
  );
}

const headingLines = (job: MappedJob) => [job.titleLine, job.companyLine, job.startLine, job.endLine];

// Words that ask what a job held rather than about a subject within it.
const askingAboutWork = new Set(
  "work worked working do did does done project projects responsibility responsibilities task tasks role roles job achieve achievement achievements there"
    .split(" ")
    .flatMap((w) => searchTerm(w) ?? []),
);

/**
 * What the candidate did in one or more jobs: the lines that answer the question, or the job's first
 * items when it asks about the work in general. The heading is cited unless the question named it.
 */
export function whatWasDone(
  map: CvMap,
  index: LineIndex,
  jobs: MappedJob[],
  query: string,
  options: { wantsFigure: boolean; scopeWords: string[]; named: boolean },
): Draft {
  const jobOf = (line: number) => jobs.find((job) => line > job.first && line <= job.last && !headingLines(job).includes(line)) ?? null;
  const scopeTerms = new Set(options.scopeWords.flatMap((w) => index.terms(w)));
  const subject = index.terms(query).filter((t) => !askingAboutWork.has(t) && !scopeTerms.has(t));
  const hits = subject.length ? index.search(subject, (line) => !map.excluded.has(line) && jobOf(line) !== null).filter((h) => h.matched.length > 0) : [];
  const chosen = hits.length ? hits.slice(0, 2).map((h) => h.line) : jobs.flatMap((job) => itemLinesOf(map, job)).slice(0, 4);
  if (!chosen.length)
    return notInCv(
      jobPiece(jobs[0]!, { title: true, company: true, dates: true, citeTitle: false, citeDates: false }, "The CV does not say more about this job than ", "."),
    );
  const used = new Set<number>();
  const pieces: Piece[] = [];
  let lastJob: MappedJob | null = null;
  for (const line of chosen.sort((a, b) => a - b)) {
    if (used.has(line)) continue;
    const job = jobOf(line) ?? jobs[0]!;
    const cite = !options.named;
    if (job !== lastJob)
      pieces.push(jobPiece(job, { title: true, dates: true, citeTitle: cite, citeDates: cite }, `At ${job.job.company?.value ?? "this job"}: `, ":"));
    lastJob = job;
    const lines = hits.length ? evidenceLines(map, index, line, subject, options.wantsFigure) : [line];
    lines.forEach((l) => used.add(l));
    pieces.push(quotedPiece(map, lines, "", "."));
  }
  return answer(...pieces);
}

/** The lines that open a job's items: those marked as bullets when the CV marks them, else its first item. */
function itemLinesOf(map: CvMap, job: MappedJob): number[] {
  const lines = bulletLinesOf(map, job);
  const marked = lines.filter((l) => /^[•◦▪·*–-]\s/u.test(map.lines[l - 1]!));
  return marked.length ? marked : lines.slice(0, 1);
}

function bulletLinesOf(map: CvMap, job: MappedJob): number[] {
  const lines: number[] = [];
  for (let line = job.first + 1; line <= job.last; line++)
    if (!map.excluded.has(line) && !headingLines(job).includes(line) && /\p{L}{3}/u.test(map.lines[line - 1]!)) lines.push(line);
  return lines;
}

/** Two forms of one word ("teacher" and "teaching", "manager" and "management"), for titles. */
const sameStem = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/**
 * "How long has she been a nurse?": the time in the jobs whose title names what was asked, or, when
 * no title does (a title in another language), in all the dated jobs, from the earliest to the latest.
 */
export function careerLength(map: CvMap, askedWords: string[], now: MonthNumber): Draft | null {
  const asked = askedWords.filter((w) => w.length >= 4);
  const titled = map.jobs.filter((j) => wordsOf(j.job.title?.value ?? "").some((t) => asked.some((q) => sameStem(q, t))));
  const dated = (titled.length ? titled : map.jobs).filter((j) => spanOf(j, now) !== null);
  if (!dated.length) return null;
  const ordered = byRecency(dated);
  const earliest = ordered.at(-1)!;
  const latest = ordered[0]!;
  const months = coveredMonths(dated.map((j) => spanOf(j, now)!));
  const what = titled.length ? "in jobs with that title" : "across the dated jobs";
  const stated = statedYearsLine(map, asked);
  return answer(
    ...(stated ? [piece(`The CV states ${quote(map.lines[stated - 1]!)}.`, [stated])] : []),
    piece(`${lengthInWords(months).replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${what},`),
    jobPiece(earliest, all, "starting with ", earliest === latest ? "." : ";"),
    ...(earliest === latest ? [] : [jobPiece(latest, all, "most recently ", ".")]),
  );
}

// Words of the length asked about, which every claim of years holds.
const timeWords = new Set("long many much years year months month time total overall experience been".split(" "));

/**
 * The CV's own claim of a length of time in what was asked: "8 years in logistics". Only a line
 * outside the work history, where such claims are made, and one that names the subject right after the years.
 */
function statedYearsLine(map: CvMap, askedWords: string[]): number | null {
  const asked = askedWords.filter((w) => !isGrammarWord(w) && !timeWords.has(w));
  if (!asked.length) return null;
  for (let line = 1; line <= map.lines.length; line++) {
    const text = map.lines[line - 1]!;
    if (map.excluded.has(line) || map.sectionOf[line] === "experience" || !statesYears.test(text)) continue;
    // The subject must be what the years were spent in: "8 years in logistics", not "a nurse … with 8 years".
    const words = wordsOf(text);
    const after = words.findIndex((w) => /^(?:years?|yrs|ans|anos|jahre)$/u.test(w));
    if (after >= 0 && words.slice(after + 1, after + 4).some((w) => asked.some((q) => sameStem(q, w)))) return line;
  }
  return null;
}

/** "Is she still at Acme?": yes when the job runs to the present, else when it ended. */
export function stillThere(job: MappedJob): Draft {
  if (isCurrent(job)) return answer(jobPiece(job, all, "Yes: the CV lists ", " as current."));
  return answer(jobPiece(job, all, "No: the CV lists ", datesOf(job) ? ", which has ended." : " with no end date that says it runs to now."));
}
