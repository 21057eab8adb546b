// Dates as CVs write them: "Jan 2020", "January 2020", "Sep. 2023", "01/2020", "2020.06", "2020",
// "Summer 2013", and "Present"/"Current"/"Now" (and their Spanish, French, German and Chinese forms).

const month = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?|aug(?:ust|\.)?|sep(?:t(?:ember)?|\.)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre)?|janv(?:ier)?|févr(?:ier)?|avr(?:il)?|juil(?:let)?|août|sept(?:embre)?|déc(?:embre)?|mär(?:z)?|mai|okt(?:ober)?|dez(?:ember)?|spring|summer|fall|autumn|winter)`;
const year = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
// Optional parts own the spaces after them ("\s*(?:,\s*)?", not "\s*,?\s*"), so a run of spaces can be
// split between two quantifiers in one way only.
const single = String.raw`(?:${month}\.?\s*(?:,\s*)?${year}|(?:0?[1-9]|1[0-2])\s*[/.]\s*${year}|${year}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])(?!\d)|${year})`;
const present = String.raw`(?:present|current|now|today|ongoing|actualidad|presente|actual|aujourd'hui|heute|至今|现在|今)`;
const separator = String.raw`\s*(?:(?:[-–—~]|to|until|a|bis|à|au|至)\s*)?`;

export const dateRangePattern = new RegExp(String.raw`(?<![\p{L}\d])(${single})${separator}(${single}|${present})(?![\p{L}\d])`, "iu");
const singleDatePattern = new RegExp(String.raw`(?<![\p{L}\d])(${single})(?![\p{L}\d])`, "iu");
const presentPattern = new RegExp(String.raw`^${present}$`, "iu");

export type DateRange = { start: string; end: string | null; current: boolean; index: number; length: number };

/** The first date range in a line ("Jan 2020 – Present", "2018 - 2020", "Sep. 2023 Mar. 2024"). */
export function findDateRange(line: string): DateRange | null {
  const match = dateRangePattern.exec(line);
  if (match) {
    const end = match[2]!;
    const current = presentPattern.test(end.trim());
    return { start: match[1]!.trim(), end: current ? end.trim() : end.trim(), current, index: match.index, length: match[0].length };
  }
  return null;
}

/** A lone date ("Expected Graduation: June 2016", "2019"), as a fallback for entries without a range. */
export function findSingleDate(line: string): { date: string; index: number; length: number } | null {
  const match = singleDatePattern.exec(line);
  return match ? { date: match[1]!.trim(), index: match.index, length: match[0].length } : null;
}

/** A sortable number for a date string: year * 12 + month (month 0 when unknown); Present sorts last. */
export function dateRank(date: string | null, current = false): number {
  if (current) return Number.MAX_SAFE_INTEGER;
  if (!date) return -1;
  const y = /(19|20)\d\d/.exec(date);
  if (!y) return -1;
  const m = /(?:^|\D)(0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[/.\-]\s*(0?[1-9]|1[0-2])(?!\d)/.exec(date);
  const monthNumber = m ? Number(m[1] ?? m[2]) : monthOfName(date);
  return Number(y[0]) * 12 + monthNumber;
}

const monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function monthOfName(date: string): number {
  const lower = date.toLowerCase();
  const index = monthNames.findIndex((m) => lower.startsWith(m));
  return index + 1;
}
