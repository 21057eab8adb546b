import { sourced, type Sourced } from "@/lib/cv/profile";
import { namesOccupation, namesOrganisation, namesUnit } from "@/lib/cv/parse/job-words";
import { charClass, trimEndWhere, trimStartWhere } from "@/lib/text/trim";

// A job's heading is one to three lines: the title, the employer, a place and the dates, in any order,
// separated by wide gaps, bars, bullets, dashes, "at" or commas. Dates are taken out before it is read.

const countries = new Set(
  "usa|united states|united kingdom|england|scotland|wales|ireland|germany|deutschland|france|spain|españa|italy|italia|portugal|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|india|china|japan|korea|republic of korea|singapore|australia|new zealand|canada|mexico|méxico|brazil|brasil|argentina|chile|peru|perú|colombia|qatar|uae|united arab emirates|saudi arabia|egypt|turkey|türkiye|israel|south africa|nigeria|kenya|remote|hybrid|on-site|onsite".split(
    "|",
  ),
);
/** A country, a region code ("CA", "UK") or a way of working ("Remote"). */
const isRegion = (text: string) => countries.has(text.toLowerCase()) || /^[A-Z]{2}$/.test(text);
const placeName = /^[\p{L}.' -]{2,30}$/u;

/** "City, ST", "City, Country", "Region, Country", or "City, Region" of one word each ("Mapo-gu, Seoul"). */
function isPlace(piece: string): boolean {
  if (isRegion(piece)) return true;
  // "Palo Alto, CA & Ithaca, NY": two places.
  const both = piece.split(" & ");
  if (both.length === 2) return both.every(isPlace);
  const parts = piece.split(",").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => placeName.test(p))) return false;
  return parts.slice(1).every(isRegion) || (parts.length === 2 && parts.every((p) => !p.includes(" ")));
}
const durationPiece = /^\d+\s+(years?|months?|yrs?|mos?)(\s+\d+\s+(months?|mos?))?$/i;

/** A piece that names a place (or a remote arrangement), not a title or an employer. */
export const isLocation = (piece: string) => isPlace(piece) && !namesOrganisation(piece) && !namesOccupation(piece);

function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase() || !/\p{Lu}{3}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s&/(-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** One part of a heading between strong separators, with the line it is on. */
export type Segment = { text: string; line: string; onDatesLine: boolean; order: number };

// A bracket left open or closed by the dates taken out ("Tester (" … ")") goes with them.
const opening = charClass(/[\s|,•·*–)-]/);
const closing = charClass(/[\s|,•·*:–(-]/);
const clean = (part: string) => trimEndWhere(trimStartWhere(part, opening), closing).trim();

/**
 * Spanish "en" and Portuguese "em", "na", "no" join a title to its employer, but also a title to its
 * field ("Técnico en Sistemas"): the last one followed by a capital is taken.
 */
function lastLocative(part: string): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const word of [" en ", " em ", " na ", " no "]) {
    const index = part.lastIndexOf(word);
    const [left, right] = [part.slice(0, index), part.slice(index + word.length)];
    // Dutch "en" is "and" ("Ministerie van Infrastructuur en Waterstaat"): split only a title from a firm.
    const joins = /^\p{Lu}/u.test(right) && !namesOrganisation(left) && (namesOccupation(left) || namesOrganisation(right) || right.includes(" & "));
    if (index > 0 && joins && (!best || index > best.index)) best = { index, length: word.length };
  }
  return best;
}

/**
 * Splits heading lines into segments: wide gaps, bars, bullets and spaced dashes separate; so does the
 * first "at"/"@"/"chez"/"bei" between words, or the last Spanish "en" before a capital ("Técnica de RR. HH.
 * en Grupo Alba"). Places and durations are left out.
 */
export function segmentsOf(lines: { line: string; text: string; onDatesLine: boolean }[]): Segment[] {
  const segments: Segment[] = [];
  for (const { line, text, onDatesLine } of lines) {
    for (const raw of text.split(/ {3,}|\s[|•·*]\s|\s[–—]\s|\t|^\s*[|•·]\s*|(?<!\s)\s+\|\s*$/)) {
      const part = clean(raw);
      if (!part || durationPiece.test(part)) continue;
      const at = /(?<!\s)\s+(?:at|@|chez|bei|presso|bij)\s+/iu.exec(part);
      const split = at ? { index: at.index, length: at[0].length } : lastLocative(part);
      const pieces = split ? [part.slice(0, split.index), part.slice(split.index + split.length)] : [part];
      // A piece needs two letters: icon glyphs ("z", "§") extract as stray letters.
      for (const piece of pieces.map(clean))
        if (/\p{L}.*\p{L}/u.test(piece) && !isLocation(piece)) segments.push({ text: piece, line, onDatesLine, order: segments.length });
    }
  }
  return segments;
}

/** The comma parts of a segment, keeping "ABC Company, Inc." together. */
const commaParts = (text: string) =>
  text
    .split(/,\s+(?!(?:inc|llc|ltd|co|corp|plc|gmbh|sa|s\.a)\.?(?:[\s,]|$))/i)
    .map((p) => p.trim())
    .filter(Boolean);

/** A title segment without the unit or place named after a comma ("Registered Nurse, Cardiac Unit"). */
function titleText(text: string): string {
  const parts = commaParts(text);
  const kept = [parts[0]!, ...parts.slice(1).filter((p) => !namesUnit(p) && !isLocation(p))];
  return kept.join(", ");
}

/** An employer without the place named after a comma ("Hôtel Beaurivage, Annecy"); legal forms stay. */
function companyText(text: string): string {
  const parts = commaParts(text);
  // "Harbor Lane Partners, Boston, MA": the place after the employer, in one or two parts.
  for (let dropped = 0; dropped < 2 && parts.length > 1; dropped++) {
    const last = parts.at(-1)!;
    if (!isLocation(last) && !(isCityName(last) && !namesOrganisation(last))) break;
    parts.pop();
  }
  return withoutPlaceInBrackets(parts.join(", "));
}

/** "Talleres Zubieta (Bilbao)": a bracketed place after the employer; "Danggeun Pay Inc. (KarrotPay)" keeps its brand. */
function withoutPlaceInBrackets(text: string): string {
  if (!text.endsWith(")")) return text;
  const open = text.lastIndexOf(" (");
  if (open <= 0) return text;
  const inside = text.slice(open + 2, -1);
  const place = inside.split(/[\s-]+/).every((w) => /^\p{Lu}\p{Ll}*$|^(?:de|del|la|am|an|sur|upon)$/u.test(w)) && !namesOrganisation(inside);
  return place ? text.slice(0, open) : text;
}

/** One to three capitalised words with no firm's mark ("Lyon", "Frankfurt am Main", "Lyon 6e"). */
function isCityName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 3 && /^\p{Lu}/u.test(text) && !/[&+]/.test(text) && words.every((w) => /^[\p{L}'’.-]+$|^\d{1,2}\p{L}{0,3}$|^\(\d{4,5}\)$/u.test(w));
}

/** A heading segment that already holds both a title and an employer ("Engineer, Acme, Berlin"). */
export const holdsTitleAndCompany = (text: string) => {
  const parts = commaParts(text);
  if (parts.length < 2 || parts.slice(1).every((p) => namesUnit(p) || isLocation(p))) return false;
  if (namesOccupation(parts[0]!) || namesOccupation(parts[1]!)) return true;
  // "Title, Employer" or "Title, Employer, City" even when no word tells which is which; "Employer, City" is one.
  const last = parts.at(-1)!;
  const core = isCityName(last) && !namesOrganisation(last) ? parts.slice(0, -1) : parts;
  return core.length >= 2 && core.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 8);
};

/** An employer named alone on a line, as the heading of several roles held there. */
export const readEmployer = (text: string, line: string): Sourced | null => {
  const [first] = withoutTowns(segmentsOf([{ line, text, onDatesLine: false }]));
  return first ? sourced(titleCaseIfShouting(companyText(first.text)), line, 0.7) : null;
};

export type Heading = { title: Sourced | null; company: Sourced | null; titleFirst: boolean | null };

/**
 * Reads the title and the employer from a heading's segments. `order` says which comes first when no
 * word tells (the order this CV's other jobs use), and `titleFirst` reports the order found here when
 * the words did tell, for the other jobs to follow.
 */
/**
 * Drops a town written after the employer on its line ("Firm S.L. · Sevilla", "Title, Firm – Livorno",
 * "Firm | Title | Harrogate"): a bare capitalised name after the first segment, when the line has three
 * segments or another one that names a firm. "Engineer | Stripe" keeps Stripe.
 */
export function withoutTowns(segments: Segment[]): Segment[] {
  return segments.filter((segment) => {
    const line = segments.filter((s) => s.line === segment.line && s.onDatesLine === segment.onDatesLine);
    if (line.indexOf(segment) < 1 || namesOrganisation(segment.text) || namesOccupation(segment.text) || !isCityName(segment.text)) return true;
    const firmBeside = line.some((s) => s !== segment && (namesOrganisation(s.text) || s.text.includes(" & ") || holdsTitleAndCompany(s.text)));
    return !(line.length >= 3 || firmBeside);
  });
}

export function readHeading(segments: Segment[], order: "title-first" | "company-first" | null): Heading {
  segments = withoutTowns(segments);
  // A single segment "Machine Learning Engineer, OpenAI": its comma parts are the segments.
  if (segments.length === 1 && commaParts(segments[0]!.text).length > 1) {
    const only = segments[0]!;
    if (holdsTitleAndCompany(only.text)) segments = commaParts(only.text).map((text, order) => ({ ...only, text, order }));
  }
  if (!segments.length) return { title: null, company: null, titleFirst: null };
  const offDates = segments.filter((s) => !s.onDatesLine);
  const pool = [...offDates, ...segments.filter((s) => s.onDatesLine)];
  const isCompany = (s: Segment) => namesOrganisation(s.text) && !namesOccupation(titleText(s.text));
  const titled = pool.find((s) => namesOccupation(s.text) && !namesOrganisation(s.text)) ?? pool.find((s) => namesOccupation(s.text) && !isCompany(s));
  const named = pool.find((s) => isCompany(s) && s !== titled);
  let title = titled ?? null;
  let company = named ?? null;
  const rest = (taken: Segment | null) => pool.filter((s) => s !== taken);
  if (!title && !company && pool.length > 1 && order === "company-first") {
    // Company on one line and title on the next, when the heading has two lines; else the first two segments.
    const nextLine = pool.find((s) => s.line !== pool[0]!.line);
    [company, title] = [pool[0]!, nextLine ?? pool[1]!];
  }
  if (!title) title = rest(company)[0] ?? null;
  if (!company && title) {
    const others = rest(title);
    // The employer is next to the title on its line (on the side this CV puts it), else on the other
    // heading lines, the dates line last.
    const [near, far] = order === "company-first" ? [-1, 1] : [1, -1];
    company =
      others.find((s) => s.line === title!.line && s.order === title!.order + near) ??
      others.find((s) => s.line === title!.line && s.order === title!.order + far) ??
      others.find((s) => !s.onDatesLine) ??
      others[0] ??
      null;
  }
  return {
    title: title ? sourced(titleCaseIfShouting(titleText(title.text)), title.line, titled ? 0.85 : 0.5) : null,
    company: company ? sourced(titleCaseIfShouting(companyText(company.text)), company.line, named ? 0.85 : 0.6) : null,
    titleFirst: titled && named ? segments.indexOf(titled) < segments.indexOf(named) : null,
  };
}
