import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft, type Piece } from "@/lib/chat/offline/compose";
import { isSchooling, levelOf, schoolPiece } from "@/lib/chat/offline/education-answer";
import { byRecency, jobPiece, spanOf } from "@/lib/chat/offline/job-text";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { coveredMonths } from "@/lib/fit/years";
import type { MonthNumber } from "@/lib/fit/dates";
import { languagesNamed } from "@/lib/chat/offline/language-names";
import type { Profile, Sourced } from "@/lib/cv/profile";

// Answers read from the profile's fields: languages, contact details, years of experience and a
// short summary.

function listOf(values: Sourced[], map: CvMap, lead: string, none: string): Draft {
  if (!values.length) return notInCv(piece(none));
  // Every item cites its line, even when the items share one: each is a claim of its own.
  const pieces: Piece[] = [piece(lead)];
  values.forEach((v, i) => pieces.push(piece(`${v.value}${i === values.length - 1 ? "." : ";"}`, [map.lineOf(v)])));
  return answer(...pieces);
}

const none = "The CV does not say which languages the candidate speaks.";

/** "English (fluent)": a language with the level its line gives it, up to the next comma. */
function withLevel(value: Sourced, map: CvMap): string {
  const line = map.lineOf(value);
  const text = line ? map.lines[line - 1]! : "";
  const at = text.indexOf(value.value);
  if (at < 0) return value.value;
  const ends = [",", ";", "|", "·"].map((mark) => text.indexOf(mark, at)).filter((i) => i > at);
  const end = ends.length ? Math.min(...ends) : text.length;
  return text.slice(at, end).replace(/\s+/gu, " ").trim();
}

/**
 * The languages listed, or the ones a question names: "Does she speak Polish?" is answered yes with
 * Polish's line, in whichever language the CV names it, or, for a language it does not list, with a
 * plain "not listed" and the list.
 */
export function languages(profile: Profile, map: CvMap, question: string, yesNo: boolean): Draft {
  const listed = profile.languages;
  if (!listed.length) return notInCv(piece(none));
  const asked = new Set(languagesNamed(question));
  const named = listed.filter((v) => languagesNamed(v.value).some((l) => asked.has(l)));
  if (named.length)
    return answer(
      ...(yesNo ? [piece("Yes.")] : []),
      ...named.map((v, i) => piece(`${withLevel(v, map)}${i === named.length - 1 ? "." : ";"}`, [map.lineOf(v)])),
    );
  // A language the parser did not read as one may still be on a line ("Spanish for business, B2").
  const elsewhere = asked.size ? map.lines.findIndex((line, i) => !map.excluded.has(i + 1) && languagesNamed(line).some((l) => asked.has(l))) + 1 : 0;
  if (elsewhere) return answer(piece(`The CV says ${quote(map.lines[elsewhere - 1]!)}.`, [elsewhere]));
  const list = listOf(listed, map, "Languages listed:", none);
  return yesNo && asked.size ? notInCv(piece("The CV does not list that language."), ...list.pieces) : list;
}

export function contact(profile: Profile, map: CvMap, fields: ("email" | "phone" | "location" | "links" | "name")[]): Draft {
  const pieces: Piece[] = [];
  for (const field of fields) {
    const values = field === "links" ? profile.links : profile[field] ? [profile[field]] : [];
    const label = { email: "Email", phone: "Phone", location: "Location", links: "Links", name: "Name" }[field];
    if (!values.length) pieces.push(piece(`The CV does not say the ${label.toLowerCase()}.`));
    else
      pieces.push(
        piece(
          `${label}: ${values.map((v) => v.value).join(", ")}.`,
          values.map((v) => map.lineOf(v)),
        ),
      );
  }
  const cited = pieces.some((p) => p.lines.length);
  return cited ? answer(...pieces) : notInCv(...pieces);
}

// "8 years of experience", "seven years in logistics", "10+ ans d'expérience".
export const statesYears =
  /(?<![\p{L}\d])(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*(?:years?|yrs|ans|años|jahre|anos)\b/iu;

export function experienceYears(map: CvMap, index: LineIndex, now: MonthNumber): Draft {
  const spans = map.jobs.flatMap((j) => spanOf(j, now) ?? []);
  const pieces: Piece[] = [];
  // A stated figure ("8 years of experience") is quoted as the CV's own claim.
  const stated = index
    .search("years experience")
    .find((h) => statesYears.test(map.lines[h.line - 1]!) && (h.matched.length >= 2 || map.sectionOf[h.line] === "summary"));
  if (stated) pieces.push(piece(`The CV states ${quote(map.lines[stated.line - 1]!)}.`, [stated.line]));
  if (spans.length) {
    const earliest = byRecency(map.jobs).at(-1)!;
    const latest = byRecency(map.jobs)[0]!;
    const years = Math.round((coveredMonths(spans) / 12) * 10) / 10;
    pieces.push(
      piece(`The dated jobs add up to about ${years} years,`),
      jobPiece(earliest, { title: true, company: true, dates: true }, "from ", ""),
      jobPiece(latest, { title: true, company: true, dates: true }, "to ", "."),
    );
  }
  return pieces.length ? answer(...pieces) : notInCv(piece("The CV does not say how many years of experience the candidate has."));
}

export function summary(profile: Profile, map: CvMap): Draft {
  const pieces: Piece[] = [];
  const name = profile.name?.value ?? "The candidate";
  const latest = byRecency(map.jobs)[0];
  if (latest) pieces.push(jobPiece(latest, { title: true, company: true, dates: true }, `${name}: `, "."));
  const firstBullet = latest?.job.bullets.map((b) => map.lineOf(b, latest.first)).find((l): l is number => l !== null && !map.excluded.has(l));
  if (firstBullet) pieces.push(piece(`${quote(map.lines[firstBullet - 1]!)}.`, [firstBullet]));
  const school = map.schools.filter(isSchooling).sort((a, b) => levelOf(a) - levelOf(b))[0];
  if (school) pieces.push(piece("Education:"), schoolPiece(school, true, map.lines));
  return pieces.length ? answer(...pieces) : notInCv(piece("The CV does not say enough to summarise."));
}
