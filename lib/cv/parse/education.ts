import { sourced, type Profile } from "@/lib/cv/profile";
import { findDateRange, findSingleDate } from "@/lib/cv/parse/dates";

const institution = /(university|universit[éaä]t?|universidad|college|institute|institut|school|academy|polytechnic|école|hochschule|大学|学院)/iu;
const degree =
  /\b(bachelor|master|doctor|ph\.?d|mba|b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?a|m\.?a|b\.?tech|m\.?tech|b\.?eng|m\.?eng|associate|diploma|licenciatura|grado|máster|maestría|licence|bts|abitur|ingeniero|ingénieur)\b|学士|硕士|博士|本科/iu;

/** Education entries: an institution and/or a degree, with their dates when given on the same or next line. */
export function parseEducation(lines: string[]): Profile["education"] {
  const entries: Profile["education"] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^[•◦*\-–]\s*/, "");
    const hasInstitution = institution.test(line);
    const hasDegree = degree.test(line);
    if (!hasInstitution && !hasDegree) continue;
    const pieces = line
      .split(/ {3,}|\s[|•·]\s|,\s+|;\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const inst = pieces.find((p) => institution.test(p));
    const deg = pieces.find((p) => degree.test(p) && p !== inst);
    const last = entries.at(-1);
    // A degree on the line after its institution (or the reverse) belongs to the same entry.
    if (last && i > 0 && ((!last.degree && deg && !inst) || (!last.institution && inst && !deg))) {
      if (deg) last.degree = sourced(deg, lines[i]!, 0.75);
      if (inst) last.institution = sourced(inst, lines[i]!, 0.75);
      continue;
    }
    // Dates sit on the same line or the next one; each is cited from the line it is on.
    const dateLine = findDateRange(line) ? lines[i]! : findDateRange(lines[i + 1] ?? "") ? lines[i + 1]! : lines[i]!;
    const range = findDateRange(dateLine);
    const single = range ? null : findSingleDate(line);
    entries.push({
      institution: inst ? sourced(inst, lines[i]!, 0.8) : null,
      degree: deg ? sourced(deg, lines[i]!, 0.75) : null,
      start: range ? sourced(range.start, dateLine, 0.7) : null,
      end: range?.end ? sourced(range.end, dateLine, 0.7) : single ? sourced(single.date, lines[i]!, 0.6) : null,
    });
  }
  return entries.slice(0, 10);
}
