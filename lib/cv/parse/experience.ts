import { sourced, type Experience, type Sourced } from "@/lib/cv/profile";
import { dateRank, findDateRange, findSingleDate, isMonthName, isPresentWord } from "@/lib/cv/parse/dates";
import { connectives, namesOccupation, namesOrganisation } from "@/lib/cv/parse/job-words";
import { charClass, trimEndWhere } from "@/lib/text/trim";
import { holdsTitleAndCompany, isLocation, readEmployer, readHeading, segmentsOf, withoutTowns, type Heading } from "@/lib/cv/parse/job-heading";

const bulletStart = /^[•◦●▪‣∙·*\-–]\s*|^o\s+(?=\p{Lu})/u;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isBullet = (line: string) => bulletStart.test(line);
const stripBullet = (line: string) => line.replace(bulletStart, "").trim();
const isLetter = charClass(/\p{L}/u);
/** The word a line ends with, lower case ("" when it ends with anything else). */
const lastWord = (text: string) => text.slice(trimEndWhere(text, isLetter).length).toLowerCase();

/** Whether a line ends a sentence: a full stop (not after an abbreviation such as "Inc." or "St."), "!" or "?". */
function endsSentence(text: string): boolean {
  if (!/[.!?。]$/u.test(text)) return false;
  return !abbreviations.has(lastWord(text.slice(0, -1)));
}
const abbreviations = new Set([
  "inc",
  "co",
  "ltd",
  "corp",
  "st",
  "dr",
  "mr",
  "mrs",
  "ms",
  "jr",
  "sr",
  "bros",
  "no",
  "nr",
  "vs",
  "etc",
  "approx",
  "dept",
  "str",
  "abt",
  "mio",
  "mrd",
  "bzw",
  "ca",
  "usw",
  "sa",
  "ag",
]);

/** A line that can be part of a job's heading: short, not a bullet, not a sentence, not a continuation. */
function isHeadingLine(line: string): boolean {
  if (isBullet(line)) return false;
  const words = wordCount(line);
  return line.length <= 140 && words <= 16 && (words <= 2 || !endsSentence(line)) && !/^\p{Ll}/u.test(line);
}

/** Whether `line` carries on the text of the line before it (a wrapped sentence). */
const continues = (previous: string, line: string) => /^\p{Ll}/u.test(line) || /[,&(/-]$/.test(previous) || connectives.has(lastWord(previous));

/** "… the cycling plan 2019–2025 and its agenda.": a range inside a sentence is not a job's dates. */
function insideSentence(line: string, range: { index: number; length: number }): boolean {
  const before = line.slice(0, range.index);
  const after = line.slice(range.index + range.length);
  const glued = /\p{L}[ ,]?$/u.test(before) && /^[ ,]?\p{Ll}/u.test(after);
  return glued && (endsSentence(line) || wordCount(line) > 12);
}

type Anchor = { start: string | null; end: string | null; current: boolean; rest: string; inBullet: boolean };

/** Where a job's dates are: a range anywhere in a line, or a lone date opening or closing a heading line. */
function anchorOf(line: string): Anchor | null {
  const inBullet = isBullet(line);
  // An unfilled template's date column ("year–year", "año–año", "年 – 年"): an entry with no dates.
  const placeholder = placeholderRange.exec(line);
  if (placeholder) return { start: null, end: null, current: false, rest: line.slice(placeholder[0].length), inBullet };
  const range = findDateRange(line);
  if (range && !insideSentence(line, range))
    return {
      start: range.start,
      end: range.current ? null : range.end,
      current: range.current,
      rest: `${line.slice(0, range.index)}   ${line.slice(range.index + range.length)}`,
      inBullet,
    };
  if (inBullet || !isHeadingLine(line)) return null;
  const single = findSingleDate(line);
  if (!single) return null;
  const before = line.slice(0, single.index);
  const after = line.slice(single.index + single.length);
  // "2019   Title" (a date column) or "Title   Summer 2022" (right-aligned dates).
  const opens = !before.trim() && (!after.trim() || /^\s*[–-]?\s/.test(after));
  const closes = !after.trim() && /(?: {3}|[|·•,–-]\s*)$/.test(before);
  return opens || closes ? { start: single.date, end: single.date, current: false, rest: `${before}   ${after}`, inBullet } : null;
}

const placeholderRange = /^(\p{L}+)\s*[–-]\s*\1(?=\s|$)/u;
const openRange = /^\s*[–-]\s*/;
const presentAtStart = /^(\p{L}+(?:['’]\p{L}+)?)\s*/u;

/**
 * A date column wrapped in two: "2017 –" / "Present Leading teams…", "Janeiro 2018 –" / "Fevereiro 2021
 * Company", "August 2016 – Februar" / "2020   Company". The range ends on the next line; the texts to
 * read have that end taken off the next line (the lines stay as cited sources).
 */
function joinWrappedRanges(lines: string[]): { texts: string[]; anchors: { index: number; anchor: Anchor }[] } {
  const texts = [...lines];
  const anchors: { index: number; anchor: Anchor }[] = [];
  texts.forEach((text, index) => {
    const anchor = anchorOf(text);
    if (!anchor) return;
    const single = findSingleDate(text);
    const next = texts[index + 1];
    const afterStart = single ? text.slice(single.index + single.length) : "";
    if (next && single && single.index <= 1 && anchor.end === anchor.start && openRange.test(afterStart)) {
      const afterDash = afterStart.replace(openRange, "");
      const word = presentAtStart.exec(next);
      const month = presentAtStart.exec(afterDash);
      const nextDate = findSingleDate(next);
      if (word && isPresentWord(word[1]!)) {
        Object.assign(anchor, { end: null, current: true, rest: afterDash });
        texts[index + 1] = next.slice(word[0].length);
      } else if (nextDate && nextDate.index <= 1) {
        const endMonth = month && isMonthName(month[1]!) && /^\d{4}$/.test(nextDate.date) ? month : null;
        anchor.end = endMonth ? `${endMonth[1]} ${nextDate.date}` : nextDate.date;
        anchor.rest = endMonth ? afterDash.slice(endMonth[0].length) : afterDash;
        texts[index + 1] = next.slice(nextDate.index + nextDate.length).trim();
      }
    }
    anchors.push({ index, anchor });
  });
  return { texts, anchors };
}

type HeadingLine = { line: string; text: string; onDatesLine: boolean };
type Entry = { anchor: number; from: number; bodyFrom: number; bodyTo: number; heading: HeadingLine[] };

/** A heading line above the dates: a heading line, or a short marked one ("• Google   Mountain View, CA"). */
const headsAbove = (line: string) => isHeadingLine(line) || (isBullet(line) && isHeadingLine(stripBullet(line)) && wordCount(stripBullet(line)) <= 8);

/**
 * Splits the section into entries around their dates. The first job shows how this CV lays a heading
 * out (how many lines above its dates); the others are read the same way, so the last bullets of one
 * job are not taken for the heading of the next.
 */
function entriesOf(texts: string[], lines: string[], anchors: { index: number; anchor: Anchor }[]): Entry[] {
  const first = anchors[0]!;
  let above = 0;
  if (!isWholeHeading(first.anchor)) while (above < 3 && first.index - above - 1 >= 0 && headsAbove(texts[first.index - above - 1]!)) above++;
  const entries: Entry[] = [];
  anchors.forEach(({ index, anchor }, n) => {
    const floor = n ? entries[n - 1]!.bodyFrom : 0;
    let from = index;
    while (
      !isWholeHeading(anchor) &&
      from > floor &&
      index - from < above &&
      headsAbove(texts[from - 1]!) &&
      !(from - 2 >= floor && !isHeadingLine(texts[from - 2]!) && continues(texts[from - 2]!, texts[from - 1]!))
    )
      from--;
    // A heading wrapped onto a short second line ("… – Riverside Community" / "Hospital") is one line.
    const wrapped =
      from === index - 1 &&
      from - 1 >= floor &&
      wordCount(texts[from]!) <= 2 &&
      texts[from - 1]!.length >= 40 &&
      isHeadingLine(texts[from - 1]!) &&
      !endsSentence(texts[from - 1]!) &&
      !anchorOf(texts[from - 1]!);
    if (wrapped) from--;
    const heading: HeadingLine[] = [];
    if (wrapped) heading.push({ line: `${lines[from]}\n${lines[from + 1]}`, text: `${texts[from]} ${texts[from + 1]}`, onDatesLine: false });
    else for (let i = from; i < index; i++) heading.push({ line: lines[i]!, text: stripBullet(texts[i]!), onDatesLine: false });
    let bodyFrom = index + 1;
    if (anchor.inBullet) bodyFrom = index;
    else {
      if (anchor.rest.trim()) heading.push({ line: lines[index]!, text: anchor.rest, onDatesLine: true });
      // Heading lines below the dates, while the title or the employer is still missing.
      const next = anchors[n + 1]?.index ?? texts.length;
      while (
        bodyFrom < next &&
        bodyFrom - index <= 2 &&
        isHeadingLine(texts[bodyFrom]!) &&
        !endsSentence(texts[bodyFrom]!) &&
        wordCount(texts[bodyFrom]!) <= 9 &&
        !isPresentWord(texts[bodyFrom]!) &&
        needsMore(heading)
      ) {
        heading.push({ line: lines[bodyFrom]!, text: texts[bodyFrom]!, onDatesLine: false });
        bodyFrom++;
      }
      // "Senior Social Worker, Children in Need   2021 – present" / "London Borough of Fernbridge": the employer below.
      if (bodyFrom < next && bodyFrom === index + 1 && isEmployerLine(texts[bodyFrom]!)) {
        heading.push({ line: lines[bodyFrom]!, text: texts[bodyFrom]!, onDatesLine: false });
        bodyFrom++;
      }
      if (bodyFrom < next && isPresentWord(texts[bodyFrom]!)) bodyFrom++;
    }
    entries.push({ anchor: index, from, bodyFrom, bodyTo: texts.length, heading });
  });
  // Each entry's body runs to where the next one's heading starts.
  entries.forEach((entry, n) => (entry.bodyTo = entries[n + 1]?.from ?? texts.length));
  return entries;
}

const particles = new Set(["of", "de", "del", "la", "le", "van", "der", "den", "and", "&", "für", "und", "du", "des", "di", "da", "do", "dos", "y", "e"]);
/** A line in title case that names a firm ("London Borough of Fernbridge, Croydon"), not a sentence. */
function isEmployerLine(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return (
    words.length <= 8 &&
    namesOrganisation(text) &&
    !namesOccupation(text) &&
    !endsSentence(text) &&
    words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || particles.has(w))
  );
}

/** A dates line that names both the title and the employer ("2019 – 2021   Title, Employer, City") needs no other line. */
const isWholeHeading = (anchor: Anchor) => !anchor.inBullet && !needsMore([{ line: anchor.rest, text: anchor.rest, onDatesLine: false }]);

/** A heading still needs a line when it lacks a title or an employer. */
function needsMore(heading: HeadingLine[]): boolean {
  const segments = withoutTowns(segmentsOf(heading));
  if (segments.length === 1 && holdsTitleAndCompany(segments[0]!.text)) return false;
  if (segments.length !== 2 || segments.some((s) => !s.onDatesLine)) return segments.length < 2;
  // Two pieces beside the dates may be a title and a town no word marks as a place: look for more when neither names a job or a firm.
  return !segments.some((s) => namesOccupation(s.text) || namesOrganisation(s.text));
}

/**
 * Employers heading several roles: "Harrowgate Home & Garden, Leeds   2019 – Present" / "Store Manager" /
 * "Dec '21 – Present" / bullets / "Assistant Store Manager" / "Mar '19 – Nov '21". The employer's line
 * holds no occupation, the next line is a title, and the line after it holds only dates. Returns the
 * employer lines by index, with their text without the dates.
 */
function employerGroups(texts: string[], anchors: { index: number; anchor: Anchor }[]): Map<number, string> {
  const groups = new Map<number, string>();
  const at = new Map(anchors.map((a) => [a.index, a.anchor]));
  for (const { index, anchor } of anchors) {
    const role = at.get(index + 2);
    const title = texts[index + 1];
    if (!role || role.rest.trim() || !title || at.has(index + 1) || !isHeadingLine(title) || wordCount(title) > 8) continue;
    const segments = withoutTowns(segmentsOf([{ line: anchor.rest, text: anchor.rest, onDatesLine: false }]));
    if (segments.length === 1 && !namesOccupation(segments[0]!.text)) groups.set(index, anchor.rest);
  }
  return groups;
}

/** Reads the jobs of an experience section: title, company, place, dates and bullets, each with its source line. */
export function parseExperience(section: string[]): Experience[] {
  const lines = section.filter((l) => l.trim());
  const { texts, anchors: dated } = joinWrappedRanges(lines);
  if (!dated.length) return undatedEntries(lines);
  const groups = employerGroups(texts, dated);
  const anchors = dated.filter((a) => !groups.has(a.index));
  if (!anchors.length) return undatedEntries(lines);
  const entries = entriesOf(texts, lines, anchors);
  // A role's bullets end where the next employer's group starts.
  for (const entry of entries) entry.bodyTo = Math.min(entry.bodyTo, ...[...groups.keys()].filter((g) => g > entry.anchor));
  const employerOf = (index: number) => {
    const group = Math.max(-1, ...[...groups.keys()].filter((g) => g < index));
    return group >= 0 ? readEmployer(groups.get(group)!, lines[group]!) : null;
  };
  const punctuated = bodyStyle(texts);
  const width = widthOf(texts);
  const headings: Heading[] = entries.map((e) => readHeading(segmentsOf(e.heading), null));
  // Jobs whose words did not tell both title and employer follow the order the others use.
  const votes = headings.reduce((sum, h) => sum + (h.titleFirst === null ? 0 : h.titleFirst ? 1 : -1), 0);
  const order = votes > 0 ? "title-first" : votes < 0 ? "company-first" : null;
  return entries.map((entry, n) => {
    const anchor = anchors[n]!.anchor;
    const anchorLine = lines[entry.anchor]!;
    const read = headings[n]!.titleFirst === null ? readHeading(segmentsOf(entry.heading), order) : headings[n]!;
    const title = read.title;
    const company = read.company ?? employerOf(entry.anchor);
    const body = texts.slice(entry.bodyFrom, entry.bodyTo).map((text, i) => ({ text, line: lines[entry.bodyFrom + i]! }));
    if (anchor.inBullet && body[0]) body[0] = { ...body[0], text: anchor.rest };
    return {
      title,
      company,
      location: locationOf(entry.heading),
      start: anchor.start ? sourced(anchor.start, anchorLine, 0.85) : null,
      end: anchor.end ? sourced(anchor.end, anchorLine, 0.85) : null,
      current: anchor.current,
      bullets: bulletsOf(body, { punctuated, width }),
    };
  });
}

function locationOf(heading: HeadingLine[]): Sourced | null {
  for (const { line, text } of heading)
    for (const piece of text.split(/ {3,}|\s[|•·*]\s|\s[–—]\s/)) {
      const place = piece.trim();
      if (place && isLocation(place) && !/^\d/.test(place)) return sourced(place, line, 0.6);
    }
  return null;
}

/** Without dates: each short heading line followed by text is an entry (templates, placeholders). */
function undatedEntries(lines: string[]): Experience[] {
  const punctuated = bodyStyle(lines);
  // A line after one ending in a colon is an item of the list it announces, not a new entry.
  const starts = lines.flatMap((line, i) => (isHeadingLine(line) && (i === 0 || (!isHeadingLine(lines[i - 1]!) && !lines[i - 1]!.endsWith(":"))) ? [i] : []));
  return starts.map((start, n) => {
    const { title, company } = readHeading(segmentsOf([{ line: lines[start]!, text: lines[start]!, onDatesLine: false }]), null);
    const body = lines.slice(start + 1, starts[n + 1] ?? lines.length).map((line) => ({ text: line, line }));
    return { title, company, location: null, start: null, end: null, current: false, bullets: bulletsOf(body, { punctuated, width: widthOf(lines) }) };
  });
}

/** The longest line of the section, in characters: about the width of its column. */
const widthOf = (lines: string[]) => lines.reduce((max, l) => Math.max(max, l.length), 0);

/** Whether this CV ends its bullets with full stops: then a line without one is wrapped, not a new bullet. */
function bodyStyle(lines: string[]): boolean {
  const body = lines.filter((l) => !isHeadingLine(l) || isBullet(l));
  return body.length > 0 && body.filter((l) => endsSentence(l.trim())).length >= body.length * 0.3;
}

// A job's length printed beside a bullet ("…uptime   2 years 10 months") is not part of it.
const duration = /^\d+\s+(?:years?|yrs?|months?|mos?)(?:\s+\d+\s+(?:months?|mos?))?$/i;
function withoutTrailingDuration(text: string): string {
  const gap = text.lastIndexOf("   ");
  return gap >= 0 && duration.test(text.slice(gap).trim()) ? text.slice(0, gap) : text;
}

/** A short line in capitals ("RESEARCH") is a heading, never the rest of a sentence. */
const isShouted = (text: string) => text === text.toUpperCase() && /\p{Lu}{3}/u.test(text) && wordCount(text) <= 4;
// A line holding only a link or a place is part of the heading, not a bullet.
const onlyLink = /^[^\p{L}\p{N}]*(?:https?:\/\/|www\.)\S+\s*$/iu;
const loneMark = /^[•◦●▪‣∙·*–-]$/u;

/**
 * Bullet marks extracted on a line of their own (centred beside a two-line bullet, they sort between
 * its lines) mark the line above them.
 */
function withMarksOnText(lines: { text: string; line: string }[]): { text: string; line: string }[] {
  const out: { text: string; line: string }[] = [];
  for (const entry of lines) {
    const previous = out.at(-1);
    if (loneMark.test(entry.text.trim())) {
      if (previous && !isBullet(previous.text)) out[out.length - 1] = { ...previous, text: `• ${previous.text}` };
    } else out.push(entry);
  }
  return out;
}

/**
 * Bullet points, with wrapped lines joined back to the bullet they continue: a line without a bullet
 * mark continues a marked bullet, a lower-case start or a dangling "and"/comma continues any line, and in
 * CVs that end bullets with full stops, a line without one runs on.
 */
function bulletsOf(body: { text: string; line: string }[], { punctuated, width }: { punctuated: boolean; width: number }): Sourced[] {
  const lines = withMarksOnText(body).filter((l) => !onlyLink.test(l.text) && !isLocation(l.text.trim()));
  const marked = lines.some((l) => isBullet(l.text));
  // In marked lists, an unmarked line continues the bullet above only when that one filled its line.
  const fullWidth = 0.6 * width;
  const bullets: { texts: string[]; lines: string[] }[] = [];
  for (const { text: raw, line } of lines) {
    const text = withoutTrailingDuration(stripBullet(raw)).trim();
    if (!text) continue;
    const last = bullets.at(-1);
    const previous = last?.texts.at(-1) ?? "";
    const filled = (last?.lines.at(-1)?.length ?? 0) >= fullWidth;
    // After a full stop, only a line that reached the margin wraps on: a sentence ended mid-bullet.
    const brimming = (last?.lines.at(-1)?.length ?? 0) >= 1.4 * fullWidth;
    const runsOn =
      last &&
      !isBullet(raw) &&
      !isShouted(text) &&
      !previous.endsWith(":") &&
      (continues(previous, text) || (marked ? (endsSentence(previous) ? brimming : filled) : punctuated && !endsSentence(previous)));
    if (runsOn) {
      last.texts.push(text);
      last.lines.push(line);
    } else bullets.push({ texts: [text], lines: [line] });
  }
  // A word broken at a line end ("early-" / "warning") is joined without a space.
  const join = (texts: string[]) => texts.reduce((all, t) => (/\p{L}-$/u.test(all) && /^\p{Ll}/u.test(t) ? all + t : `${all} ${t}`));
  return bullets.slice(0, 40).map((b) => sourced(join(b.texts), b.lines.join("\n"), 0.8));
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
