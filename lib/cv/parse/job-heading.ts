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

/** "City, ST", "City, Country", "Region, Country", or any short "City, Region" (three words at most). */
function isPlace(piece: string): boolean {
  if (isRegion(piece)) return true;
  // "Palo Alto, CA & Ithaca, NY": two places.
  const both = piece.split(" & ");
  if (both.length === 2) return both.every(isPlace);
  const parts = piece.split(",").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => placeName.test(p))) return false;
  return parts.slice(1).every(isRegion) || (parts.length === 2 && piece.split(/\s+/).length <= 3);
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

const opening = charClass(/[\s|,•·*–-]/);
const closing = charClass(/[\s|,•·*:–-]/);
const clean = (part: string) => trimEndWhere(trimStartWhere(part, opening), closing).trim();

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
      const at = /(?<!\s)\s+(?:at|@|chez|bei)\s+/iu.exec(part);
      const en = part.lastIndexOf(" en ");
      const split = at ? { index: at.index, length: at[0].length } : en > 0 && /^\p{Lu}/u.test(part.slice(en + 4)) ? { index: en, length: 4 } : null;
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
  return [parts[0]!, ...parts.slice(1).filter((p) => namesOrganisation(p) && !isLocation(p))].join(", ");
}

/** A heading segment that already holds both a title and an employer ("Engineer, Acme, Berlin"). */
export const holdsTitleAndCompany = (text: string) => {
  const parts = commaParts(text);
  if (parts.length < 2 || parts.slice(1).every((p) => namesUnit(p) || isLocation(p))) return false;
  // "Title, Employer, City" names all three even when no word tells which is which.
  return parts.length >= 3 || namesOccupation(parts[0]!) || namesOccupation(parts[1]!);
};

export type Heading = { title: Sourced | null; company: Sourced | null; titleFirst: boolean | null };

/**
 * Reads the title and the employer from a heading's segments. `order` says which comes first when no
 * word tells (the order this CV's other jobs use), and `titleFirst` reports the order found here when
 * the words did tell, for the other jobs to follow.
 */
export function readHeading(segments: Segment[], order: "title-first" | "company-first" | null): Heading {
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
  if (!title && !company && pool.length > 1 && order === "company-first") [company, title] = [pool[0]!, pool[1]!];
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
