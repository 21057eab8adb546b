// Dates as CVs write them: "Jan 2020", "January 2020", "Sep. 2023", "01/2020", "2020.06", "2020",
// "Summer 2013", "Septembre 2019", "März 2020", and "Present"/"Current"/"heute"/"aujourd'hui"… Month
// names come from the platform's locale data (Intl), so every language listed reads the same way.

const monthLocales = ["en", "es", "fr", "de", "pt", "it", "nl"];
const withoutAccents = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

/** Month names and their usual abbreviations (first three and four letters) in each locale, to 1–12. */
const monthNumbers: Map<string, number> = (() => {
  const names = new Map<string, number>();
  const add = (name: string, month: number) => {
    const key = name.toLowerCase().replace(/\.$/, "");
    for (const form of [key, withoutAccents(key)]) if (form.length >= 3 && !names.has(form)) names.set(form, month);
  };
  for (const locale of monthLocales)
    for (let month = 1; month <= 12; month++) {
      const day = new Date(Date.UTC(2020, month - 1, 15));
      for (const style of ["long", "short"] as const) {
        const name = new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(day);
        add(name, month);
        add(name.slice(0, 3), month);
        add(name.slice(0, 4), month);
      }
    }
  return names;
})();

// Seasons give a year and no month.
const seasons = ["spring", "summer", "fall", "autumn", "winter", "primavera", "verano", "otoño", "invierno", "printemps", "été", "automne", "hiver"];
const seasonsDe = ["frühling", "frühjahr", "sommer", "herbst", "winter", "verão", "outono", "inverno"];
const alternation = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");

const month = `(?:${alternation([...monthNumbers.keys(), ...seasons, ...seasonsDe])})`;
// "Mar '19": an apostrophe and two digits is a year too.
const year = String.raw`(?:19[5-9]\d|20[0-4]\d|['’]\d\d)`;
// Optional parts own the spaces after them ("\s*(?:,\s*)?", not "\s*,?\s*"), so a run of spaces can be
// split between two quantifiers in one way only.
const single = String.raw`(?:${month}\.?\s*(?:(?:,|de|del)\s*)?${year}|(?:0?[1-9]|1[0-2])\s*[/.]\s*${year}|${year}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])(?!\d)|${year})`;
const presentWords = [
  "present",
  "current",
  "currently",
  "now",
  "today",
  "ongoing",
  "to date",
  "actualidad",
  "presente",
  "actual",
  "actualmente",
  "hoy",
  "la fecha",
  "aujourd'hui",
  "aujourd’hui",
  "présent",
  "ce jour",
  "heute",
  "jetzt",
  "derzeit",
  "aktuell",
  "atual",
  "atualmente",
  "hoje",
  "oggi",
  "attuale",
  "heden",
  "nu",
  "in corso",
  "en cours",
  "em curso",
  "actuellement",
  "à ce jour",
  "hasta hoy",
  "lopend",
  "至今",
  "现在",
  "今",
];
const present = `(?:${alternation(presentWords)})`;
const separator = String.raw`\s*(?:(?:[-–—~&]|to|until|till|and|a|al|hasta|bis|à|au|jusqu'à|jusqu’à|até|ao|tot|至)\s*)?`;
// "Since 2021", "seit 03/2021", "Depuis janvier 2023", "Desde 2020": a start with no end is a current job.
const since = String.raw`(?:since|seit|depuis|desde|dal|sinds|od)`;

export const dateRangePattern = new RegExp(String.raw`(?<![\p{L}\d])(${single})${separator}(${single}|${present})(?![\p{L}\d])`, "iu");
const sincePattern = new RegExp(String.raw`(?<![\p{L}\d])${since}\s+(${single})(?![\p{L}\d])`, "iu");
const singleDatePattern = new RegExp(String.raw`(?<![\p{L}\d])(${single})(?![\p{L}\d])`, "iu");
const presentPattern = new RegExp(String.raw`^${present}$`, "iu");

export type DateRange = { start: string; end: string | null; current: boolean; index: number; length: number };

/**
 * The first date range in a line ("Jan 2020 – Present", "2018 - 2020", "Sep. 2023 Mar. 2024"), or a
 * start introduced by "since" in any of the languages read ("seit 03/2021"), which is a current job.
 */
export function findDateRange(line: string): DateRange | null {
  const match = dateRangePattern.exec(line);
  if (match) {
    const end = match[2]!.trim();
    const current = presentPattern.test(end);
    return { start: match[1]!.trim(), end, current, index: match.index, length: match[0].length };
  }
  const started = sincePattern.exec(line);
  if (started) return { start: started[1]!.trim(), end: null, current: true, index: started.index, length: started[0].length };
  return null;
}

/** A lone date ("Expected Graduation: June 2016", "2019"), as a fallback for entries without a range. */
export function findSingleDate(line: string): { date: string; index: number; length: number } | null {
  const match = singleDatePattern.exec(line);
  return match ? { date: match[1]!.trim(), index: match.index, length: match[0].length } : null;
}

/** Whether a word is a month's name or abbreviation in one of the languages read ("Februar", "sept."). */
export const isMonthName = (word: string) => {
  const key = word.toLowerCase().replace(/\.$/, "");
  return monthNumbers.has(key) || monthNumbers.has(withoutAccents(key));
};

export const isPresentWord = (text: string) => presentPattern.test(text.trim());

/** A date's year and month (null when the CV gives only a year or a season), or null when it holds no year. */
export function calendarMonth(date: string): { year: number; month: number | null } | null {
  const full = /(?:19|20)\d\d/.exec(date)?.[0];
  const short = full ? null : /['’](\d\d)/.exec(date)?.[1];
  if (!full && !short) return null;
  // "'19" is 2019, "'98" is 1998.
  const year = full ? Number(full) : Number(short) <= 50 ? 2000 + Number(short) : 1900 + Number(short);
  const numeric = /(?:^|\D)(0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[/.\-]\s*(0?[1-9]|1[0-2])(?!\d)/.exec(date);
  if (numeric) return { year, month: Number(numeric[1] ?? numeric[2]) };
  const word = /\p{L}+/u.exec(date)?.[0].toLowerCase();
  return { year, month: (word && (monthNumbers.get(word) ?? monthNumbers.get(withoutAccents(word)))) || null };
}

/** A sortable number for a date string: later dates are larger, a year alone sorts before its months; Present sorts last. */
export function dateRank(date: string | null, current = false): number {
  if (current) return Number.MAX_SAFE_INTEGER;
  const when = date ? calendarMonth(date) : null;
  return when ? when.year * 13 + (when.month ?? 0) : -1;
}
