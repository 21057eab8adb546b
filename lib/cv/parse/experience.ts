import { sourced, type Experience, type Sourced } from "@/lib/cv/profile";
import { dateRank, findDateRange, findSingleDate } from "@/lib/cv/parse/dates";
import { charClass, trimEndWhere, trimStartWhere } from "@/lib/text/trim";

// Job titles carry one of these words; companies usually carry none.
const titleWords =
  /\b(engineer|engineering|developer|programmer|manager|analyst|designer|specialist|consultant|scientist|researcher|intern|internship|assistant|associate|director|lead|head|architect|administrator|officer|president|ceo|cto|cfo|coo|vp|founder|co-founder|owner|partner|coordinator|representative|agent|technician|teacher|tutor|instructor|professor|lecturer|nurse|physician|accountant|auditor|recruiter|editor|writer|member|volunteer|fellow|trainee|apprentice|clerk|cashier|supervisor|executive|advisor|adviser|strategist|sre|devops|product owner|secretary|driver|chef|cook|coach|practicante|ingeniero|desarrollador|gerente|analista|ingénieur|développeur|entwickler|工程师|经理|实习生|职位|título del puesto)\b|工程师|经理|实习|职位/iu;
const companySuffix =
  /\b(inc|llc|ltd|gmbh|corp|corporation|company|co|plc|ag|sa|s\.a|bv|group|labs|technologies|university|college|institute|foundation|bank|hospital|agency|studio)\b\.?|公司|大学|事业部/iu;
const bulletStart = /^[•◦●▪‣∙·*\-–]\s*|^o\s+(?=\p{Lu})/u;
const locationPiece = /^(remote|hybrid|on-?site|[\p{L}.' -]{2,30}, ?[\p{L}.' -]{2,30}|usa|united states|uk|germany|india|canada|france|spain|china|[A-Z]{2})$/u;
const durationPiece = /^\d+\s+(years?|months?|yrs?|mos?)(\s+\d+\s+(months?|mos?))?$/i;

const isLocation = (s: string) => locationPiece.test(s) && !companySuffix.test(s) && !titleWords.test(s);
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isBullet = (line: string) => bulletStart.test(line);
const stripBullet = (line: string) => line.replace(bulletStart, "").trim();
/** A line that can be part of an entry's heading: short, not a sentence. */
const isHeaderish = (line: string) => {
  const text = stripBullet(line);
  return text.length > 0 && wordCount(text) <= 12 && !/[a-z]{3}\.$/.test(text) && !/^\p{Ll}/u.test(text);
};

function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase() || !/\p{Lu}{3}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s&/(-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

type Piece = { text: string; line: string; lineIndex: number; order: number };

const pieceOpening = charClass(/[\s|,•·*–-]/);
const pieceClosing = charClass(/[\s|,•·*:–-]/);

/** Splits heading lines into pieces (title, company, place…), with dates and durations taken out. */
function piecesOf(header: { line: string; text: string }[]): Piece[] {
  const pieces: Piece[] = [];
  header.forEach(({ line, text }, lineIndex) => {
    for (const raw of text.split(/ {3,}|\s[|•·*]\s|\s[–—]\s|\t|^\s*[|•·]\s*|(?<!\s)\s+\|\s*$/)) {
      let part = trimEndWhere(trimStartWhere(raw, pieceOpening), pieceClosing).trim();
      if (!part || durationPiece.test(part)) continue;
      // "Engineer at Acme": the first "at" (or @, en, chez, bei) between words splits title from company.
      const at = /(?<!\s)\s+(?:at|@|en|chez|bei)\s+/iu.exec(part);
      if (at) {
        pieces.push(
          { text: part.slice(0, at.index), line, lineIndex, order: pieces.length },
          { text: part.slice(at.index + at[0].length), line, lineIndex, order: pieces.length + 1 },
        );
        continue;
      }
      if (titleWords.test(part) || !isLocation(part)) {
        // "Machine Learning Engineer, OpenAI, San Francisco" and "Nexus AI, Co-Founder & CTO": comma parts,
        // keeping "ABC Company, Inc." together.
        const parts = part.split(/,\s+(?!(?:inc|llc|ltd|co|corp|plc)\.?(?:[\s,]|$))/i);
        for (part of parts) {
          part = part.trim();
          if (part && !isLocation(part) && !durationPiece.test(part)) pieces.push({ text: part, line, lineIndex, order: pieces.length });
        }
      }
    }
  });
  return pieces;
}

function titleAndCompany(pieces: Piece[]): { title: Sourced | null; company: Sourced | null } {
  if (!pieces.length) return { title: null, company: null };
  const titled = pieces.find((p) => titleWords.test(p.text) && !companySuffix.test(p.text)) ?? pieces.find((p) => titleWords.test(p.text));
  const title = titled ?? pieces[0]!;
  const others = pieces.filter((p) => p !== title);
  const sameLine = others.filter((p) => p.lineIndex === title.lineIndex);
  const company =
    sameLine.find((p) => p.order === title.order + 1) ??
    sameLine.find((p) => p.order === title.order - 1) ??
    others.find((p) => companySuffix.test(p.text)) ??
    others[0];
  return {
    title: sourced(titleCaseIfShouting(title.text), title.line, titled ? 0.85 : 0.5),
    company: company ? sourced(titleCaseIfShouting(company.text), company.line, companySuffix.test(company.text) ? 0.85 : 0.7) : null,
  };
}

/** Where an entry starts: a line with a date range, or a line that begins with a date (a date column). */
function anchorOf(line: string): { start: string; end: string | null; current: boolean; rest: string } | null {
  const range = findDateRange(line);
  if (range)
    return {
      start: range.start,
      end: range.current ? null : range.end,
      current: range.current,
      rest: line.slice(0, range.index) + " " + line.slice(range.index + range.length),
    };
  const single = findSingleDate(line);
  if (single && single.index <= 1 && /^\s*[–-]?\s/.test(line.slice(single.index + single.length))) {
    return { start: single.date, end: null, current: false, rest: line.slice(single.index + single.length) };
  }
  return null;
}

/** Reads the jobs of an experience section: title, company, place, dates and bullets, each with its source line. */
export function parseExperience(section: string[]): Experience[] {
  const lines = section.filter((l) => l.trim());
  const anchors = lines.map((line, index) => ({ index, anchor: anchorOf(line) })).filter((a) => a.anchor);
  if (!anchors.length) {
    // No dates at all: each short heading followed by text is an entry (templates, placeholders).
    const first = lines.findIndex((l) => isHeaderish(l) && !isBullet(l));
    if (first < 0) return [];
    const { title, company } = titleAndCompany(piecesOf([{ line: lines[first]!, text: lines[first]! }]));
    return [{ title, company, location: null, start: null, end: null, current: false, bullets: bulletsOf(lines.slice(first + 1)) }];
  }
  const entries: Experience[] = [];
  // Where each line first appears: a repeated line counts from its first place, as the entry bodies read it.
  const firstIndex = new Map<string, number>();
  lines.forEach((line, index) => firstIndex.has(line) || firstIndex.set(line, index));
  let previousEnd = 0;
  anchors.forEach(({ index, anchor }, n) => {
    const header: { line: string; text: string }[] = [];
    const anchorLine = lines[index]!;
    // Up to two heading lines above the dates (company, then title, or the other way round).
    for (let j = index - 1; j >= Math.max(previousEnd, index - 2); j--) {
      const line = lines[j]!;
      if ((isBullet(line) && !isHeaderish(line)) || !isHeaderish(line) || anchorOf(line)) break;
      header.unshift({ line, text: stripBullet(line) });
    }
    if (!isBullet(anchorLine) || isHeaderish(anchorLine)) header.push({ line: anchorLine, text: stripBullet(anchor!.rest) });
    let bodyStart = index + 1;
    const next = lines[index + 1];
    const nextAnchor = anchors[n + 1]?.index ?? lines.length;
    // One heading line below the dates ("Stripe • San Francisco, CA", "Member"), unless it heads the next entry.
    if (next && !isBullet(next) && isHeaderish(next) && wordCount(next) <= 8 && !anchorOf(next) && index + 2 !== nextAnchor && index + 3 !== nextAnchor) {
      header.push({ line: next, text: next });
      bodyStart++;
    }
    let current = anchor!.current;
    if (!current && !anchor!.end && next && /^(present|current|now|actualidad|至今)\b/i.test(next)) current = true;
    const nextHeaderStart = n + 1 < anchors.length ? Math.max(bodyStart, nextAnchor - 2) : lines.length;
    const body = lines
      .slice(bodyStart, nextHeaderStart)
      .filter((l) => !(isHeaderish(l) && !isBullet(l) && firstIndex.get(l)! >= nextAnchor - 2 && n + 1 < anchors.length));
    const { title, company } = titleAndCompany(piecesOf(header));
    const locationLine = header.find((h) => / {3}|\|/.test(h.text) || /, [A-Z]{2}\b/.test(h.text));
    const location = locationLine?.text
      .split(/ {3,}|\s[|•·*]\s/)
      .map((s) => s.trim())
      .find((s) => locationPiece.test(s) && !titleWords.test(s));
    entries.push({
      title,
      company,
      location: location ? sourced(location, locationLine!.line, 0.6) : null,
      start: sourced(anchor!.start, anchorLine, 0.85),
      end: anchor!.end ? sourced(anchor!.end, anchorLine, 0.85) : null,
      current,
      bullets: bulletsOf(body),
    });
    previousEnd = index + 1;
  });
  return entries;
}

/** Bullet points, with wrapped lines joined back to the bullet they continue. */
function bulletsOf(lines: string[]): Sourced[] {
  // Parts are joined once at the end: growing one string line by line and testing its end each time
  // would copy it again for every wrapped line.
  const bullets: { texts: string[]; lines: string[] }[] = [];
  for (const line of lines) {
    const text = stripBullet(line);
    if (!text) continue;
    const last = bullets.at(-1);
    if (last && !isBullet(line) && (/^\p{Ll}/u.test(text) || !/[.!?]$/.test(last.texts.at(-1)!))) {
      last.texts.push(text);
      last.lines.push(line);
    } else bullets.push({ texts: [text], lines: [line] });
  }
  return bullets.slice(0, 30).map((b) => sourced(b.texts.join(" "), b.lines.join("\n"), 0.8));
}

/** The job held most recently: the latest end date (current jobs first), then the first listed. */
export function latestJob(experience: Experience[]): Experience | null {
  let best: Experience | null = null;
  let bestRank = -Infinity;
  for (const job of experience) {
    const rank = dateRank(job.end?.value ?? job.start?.value ?? null, job.current);
    if (rank > bestRank) {
      best = job;
      bestRank = rank;
    }
  }
  return best ?? experience[0] ?? null;
}
