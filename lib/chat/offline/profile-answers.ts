import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft, type Piece } from "@/lib/chat/offline/compose";
import { isSchooling, levelOf, schoolPiece } from "@/lib/chat/offline/education-answer";
import { byRecency, jobPiece, spanOf } from "@/lib/chat/offline/job-text";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { coveredMonths } from "@/lib/fit/years";
import type { MonthNumber } from "@/lib/fit/dates";
import type { Profile, Sourced } from "@/lib/cv/profile";

// Answers read from the profile's fields: languages, contact details, years of experience and a
// short summary.

function listOf(values: Sourced[], map: CvMap, lead: string, none: string): Draft {
  if (!values.length) return notInCv(piece(none));
  const seen = new Set<number>();
  const pieces: Piece[] = [piece(lead)];
  values.forEach((v, i) => {
    const line = map.lineOf(v);
    pieces.push(piece(`${v.value}${i === values.length - 1 ? "." : ";"}`, line !== null && !seen.has(line) ? [line] : []));
    if (line !== null) seen.add(line);
  });
  return answer(...pieces);
}

export const languages = (profile: Profile, map: CvMap) =>
  listOf(profile.languages, map, "Languages listed:", "The CV does not say which languages the candidate speaks.");

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
const statesYears =
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
