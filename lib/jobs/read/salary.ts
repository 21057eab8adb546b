import type { SalaryRange } from "@/lib/jobs/analysis-schema";
import { dollarCurrencies } from "@/lib/jobs/read/country";

// Base pay as numbers: "$120,000 – $150,000 per year", "11k/month", "60,000-65,000", "€40.000 brutos
// al año", "28,60 € / hora". The currency comes from a symbol or code, else from the posting's
// country; the period as stated, else from the size of the figures.

const symbols: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "S/": "PEN", R$: "BRL", "CHF ": "CHF" };
const codes = /\b(USD|EUR|GBP|INR|CAD|AUD|PEN|MXN|BRL|CHF|JPY|ARS|CLP|COP|SGD|NZD)(?![\p{L}\p{N}])/u;
// A figure starts where its run of digits does, so a long run is read once; a percentage is no pay.
const amount = /(?<![\p{N},.])(?:(US\$|C\$|A\$|R\$|S\/\.?|[$€£₹¥]) ?)?(\d{1,3}(?:[,. ]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?: ?(k|K|mil|lakh)(?![\p{L}\p{N}]))?/gu;
const periodWords: [RegExp, SalaryRange["period"]][] = [
  [/(?:\/|\bper\s|\ba\s|\ban\s|\bby the\s)\s*(?:hour|hr)\b|\bhourly\b|\bpor hora\b|\/\s*hora\b|\bde l'heure\b|\bpro stunde\b|\/\s*h\b/iu, "hour"],
  [
    /(?:\/|\bper\s|\ba\s|\bby the\s)\s*(?:month|mo)\b|\bmonthly\b|\bmensual(?:es)?\b|\bal mes\b|\bpor mes\b|\bpar mois\b|\bmensuel\b|\bmonatlich\b|\bpro monat\b|\bmensais?\b/iu,
    "month",
  ],
  [
    /(?:\/|\bper\s|\ba\s|\bby the\s)\s*(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.a\.|\bal año(?!\p{L})|jahres(?:gehalt|brutto)|\banual(?:es)?\b|\bpar an\b|\bannuel\b|\bbrut annuel\b|\bj[äa]hrlich\b|\bpro jahr\b|\banuais?\b/iu,
    "year",
  ],
];
const payContext =
  /(?<![\p{L}\p{N}])(?:salary|pay|wage|compensation|base|rate|stipend|monetary|sueldo|remuneraci[óo]n|r[ée]mun[ée]ration|salaire|gehalt|verg[üu]tung|sal[áa]rio)(?![\p{L}\p{N}])/iu;
const rangeWords = /(?<![\p{L}\p{N}])(?:range|ranges|between|from|entre|de|von|zwischen)(?![\p{L}\p{N}])/iu;
const notBasePay =
  /(?<![\p{L}\p{N}])(?:differential|bonus|commission|equity|stock|maximum salary available|pay cap|401|relocation|stipend for)(?![\p{L}\p{N}])/iu;

/** `periodAfter`: the period written right after the figure ("11k/month"). */
type Figure = { value: number; currency: string | null; k: boolean; at: number; end: number; periodAfter: SalaryRange["period"] | null };

function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(amount)) {
    const [whole, symbol, digits, cents, unit] = match;
    if (/^ ?%/u.test(text.slice(match.index + whole.length, match.index + whole.length + 2))) continue;
    // A run of digits grouped by separators of three ("128,078", "40.000") is one number.
    const integer = Number(digits!.replace(/[,.\s]/gu, ""));
    const scale = unit === "k" || unit === "K" || unit === "mil" ? 1000 : unit === "lakh" ? 100_000 : 1;
    const value = (integer + (cents ? Number(`0.${cents}`) : 0)) * scale;
    // The symbol stands before the figure ("$120,000") or after it ("45.000 €").
    const after = /^\s?([$€£₹])/u.exec(text.slice(match.index + whole.length, match.index + whole.length + 2));
    const written = symbol ?? after?.[1];
    const currency = written
      ? (symbols[written.replace(/\.$/u, "")] ?? (written === "US$" ? "USD" : written === "C$" ? "CAD" : written === "A$" ? "AUD" : null))
      : null;
    const end = match.index + whole.length + (after?.[0].length ?? 0);
    // Only words name a period: a run of figures ("1. 1. 1.") is not read for one at every figure.
    const next = text.slice(end, end + 12);
    figures.push({ value, currency, k: scale > 1, at: match.index, end, periodAfter: /\p{L}/u.test(next) ? periodOf(next) : null });
  }
  return figures;
}

const periodOf = (text: string) => periodWords.find(([pattern]) => pattern.test(text))?.[1] ?? null;
/** Hourly rates are small, monthly pay in the thousands, yearly pay larger. */
const periodBySize = (value: number): SalaryRange["period"] => (value < 300 ? "hour" : value < 20_000 ? "month" : "year");

export type SalaryReading = { range: SalaryRange; text: string };

/**
 * The base pay a line states, or null. A figure counts as pay when it carries a currency, a "k" or a
 * period, or stands on a line about pay (`payLine`); two of them joined by a dash or "to" are a range.
 */
export function salaryInLine(line: string, { payLine, countryCurrency }: { payLine: boolean; countryCurrency: () => string | null }): SalaryReading | null {
  if (notBasePay.test(line) && !payLine) return null;
  // Thousands may be grouped by a no-break space ("45 000 €").
  const text = line.split(notBasePay)[0]!.replace(/\s/gu, " ");
  const code = codes.exec(text)?.[1] ?? null;
  const all = figuresIn(text);
  // "38 - 42 K€": the thousands of the second figure are the first's too.
  all.forEach((f, i) => {
    const next = all[i + 1];
    if (next?.k && !f.k && f.value < 1000 && /^ ?(?:-|–|—|to|a|à|bis) ?$/iu.test(text.slice(f.end, next.at))) f.value *= 1000;
  });
  // Read once for the line, not once per figure.
  const aboutPay = code !== null || payLine || payContext.test(text);
  const isPay = (f: Figure) => aboutPay || f.currency !== null || f.k || f.periodAfter !== null;
  // Pay is more than a small count ("2 classes"), unless it is an hourly rate with its currency.
  const bigEnough = (f: Figure) => f.value >= 1000 || f.currency !== null || f.periodAfter === "hour";
  const joined = (a: Figure, b: Figure | undefined) =>
    b !== undefined && /^ ?(?:-|–|—|to|a|à|bis|até|y) ?$/iu.test(text.slice(a.end, b.at).replace(/(?:US\$|[$€£₹])/gu, ""));
  // The first figure of a range is pay when the second is ("60.000 - 70.000 €").
  const figures = all.filter((f, i) => bigEnough(f) && (isPay(f) || (joined(f, all[i + 1]) && isPay(all[i + 1]!))));
  if (!figures.length) return null;
  const first = figures[0]!;
  // "ranges from $129,300/year in our lowest market up to $223,600/year": a range said in words.
  const spelled = (a: Figure, b: Figure | undefined) =>
    b !== undefined &&
    b.at - a.end <= 80 &&
    rangeWords.test(text) &&
    / (?:to|up to|and|bis|hasta|jusqu'à|até) ?(?:US\$|[$€£₹])?$/iu.test(text.slice(a.end, b.at)) &&
    b.currency === a.currency;
  const second = joined(first, figures[1]) || spelled(first, figures[1]) ? figures[1] : undefined;
  const min = first.value;
  const max = second ? second.value : first.value;
  if (max < min) return null;
  const end = second ? second.end : first.end;
  const tail = text.slice(end, end + 40);
  const period = periodOf(tail) ?? periodOf(text) ?? periodBySize(max);
  let currency = first.currency ?? second?.currency ?? code ?? (/\bsoles\b/iu.test(text) ? "PEN" : null) ?? countryCurrency();
  // "$" is the country's own dollar in Canada, Australia, Mexico…, unless the line says US.
  const local = currency === "USD" && !/US\$|USD/u.test(text) ? countryCurrency() : null;
  if (local && dollarCurrencies.has(local)) currency = local;
  if (!currency) return null;
  const periodText = /^\s*(?:\/|per|a|an)\s*\p{L}+/iu.exec(tail)?.[0] ?? "";
  return { range: { min, max, currency, period }, text: text.slice(first.at, end + periodText.length).trim() };
}
