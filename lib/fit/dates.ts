// Reading a CV's job dates as month numbers (year × 12 + month − 1), in the languages the app reads.

/** A month as a number: year × 12 + month − 1, so that differences are counts of months. */
export type MonthNumber = number;

const monthNumber = (year: number, month: number): MonthNumber => year * 12 + (month - 1);

// First letters of month names in en/es/fr/de/pt (lower case, accents removed): "sep", "sept", "septiembre", "sept." all read.
const monthPrefixes: [string, number][] = [
  ["jan", 1],
  ["ene", 1],
  ["janv", 1],
  ["jän", 1],
  ["feb", 2],
  ["fev", 2],
  ["fév", 2],
  ["mar", 3],
  ["mär", 3],
  ["mrz", 3],
  ["apr", 4],
  ["abr", 4],
  ["avr", 4],
  ["may", 5],
  ["mai", 5],
  ["mayo", 5],
  ["jun", 6],
  ["juin", 6],
  ["jul", 7],
  ["juil", 7],
  ["aug", 8],
  ["ago", 8],
  ["aoû", 8],
  ["aou", 8],
  ["sep", 9],
  ["set", 9],
  ["oct", 10],
  ["okt", 10],
  ["out", 10],
  ["nov", 11],
  ["dec", 12],
  ["dic", 12],
  ["déc", 12],
  ["dez", 12],
];

/** Words that stand for "until now" in a date range. */
const nowWords = [
  "present",
  "current",
  "now",
  "today",
  "ongoing",
  "actualidad",
  "presente",
  "actual",
  "hoy",
  "aujourd",
  "actuel",
  "heute",
  "jetzt",
  "aktuell",
  "atual",
];

export function isNowWord(text: string): boolean {
  const lower = text.toLowerCase();
  return nowWords.some((word) => lower.includes(word));
}

function monthOfWord(word: string): number | null {
  // "juin"/"juil" and "mar"/"mayo" share a start: the longest prefix wins.
  let best: [string, number] | null = null;
  for (const entry of monthPrefixes) if (word.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best ? best[1] : null;
}

/**
 * The month a written date names, and whether only its year was given: "03/2019", "2019-03", "May 2023",
 * "Sep. 2023", "septiembre de 2020", "2020". Null when it names no year.
 */
export function readDate(text: string): { month: MonthNumber; yearOnly: boolean } | null {
  const lower = text.toLowerCase();
  const years = [...lower.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)];
  const found = years.at(-1);
  if (!found) return null;
  const year = Number(found[1]);
  const numeric = /(?<!\d)(\d{1,2})\s*[/.-]\s*(?:19|20)\d\d(?!\d)/.exec(lower) ?? /(?<!\d)(?:19|20)\d\d\s*[/.-]\s*(\d{1,2})(?!\d)/.exec(lower);
  const numericMonth = numeric ? Number(numeric[1]) : NaN;
  if (numericMonth >= 1 && numericMonth <= 12) return { month: monthNumber(year, numericMonth), yearOnly: false };
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    const month = word.length >= 3 ? monthOfWord(word) : null;
    if (month) return { month: monthNumber(year, month), yearOnly: false };
  }
  return { month: monthNumber(year, 1), yearOnly: true };
}
