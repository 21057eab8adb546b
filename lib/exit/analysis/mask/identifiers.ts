import type { FoundSpan } from "@/lib/exit/analysis/mask/spans";
import { closesClause, digitCount, type Token } from "@/lib/exit/analysis/mask/tokens";
import { lookupIn } from "@/lib/exit/analysis/lexicon";

// Account and identity numbers (IBANs, national insurance and social security numbers, long
// digit runs) and dates of birth. Each finder walks the tokens once.

const ibanStart = /^[A-Z]{2}\d{2}[A-Z0-9]{0,30}$/;
const ibanGroup = /^[A-Z0-9]{1,4}$/;

/** IBANs written whole or in groups of four: "IE29 AIBK 9311 5212 3456 78". */
function findIbans(tokens: readonly Token[]): FoundSpan[] {
  const out: FoundSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!ibanStart.test(tokens[i]!.core)) continue;
    let j = i;
    while (j + 1 < tokens.length && !closesClause(tokens[j]!) && ibanGroup.test(tokens[j + 1]!.core)) j++;
    const compact = tokens
      .slice(i, j + 1)
      .map((t) => t.core)
      .join("");
    if (compact.length >= 15 && digitCount(compact) >= 8) {
      out.push({ type: "id", start: tokens[i]!.coreStart, end: tokens[j]!.coreEnd });
      i = j;
    }
  }
  return out;
}

/** UK national insurance numbers, spaced or not: "QQ 12 34 56 C", "QQ123456C". */
function findInsuranceNumbers(tokens: readonly Token[]): FoundSpan[] {
  const out: FoundSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const core = tokens[i]!.core;
    if (/^[A-Z]{2}\d{6}[A-D]?$/.test(core)) {
      out.push({ type: "id", start: tokens[i]!.coreStart, end: tokens[i]!.coreEnd });
      continue;
    }
    if (!/^[A-Z]{2}$/.test(core)) continue;
    let j = i;
    let digits = 0;
    while (j + 1 < tokens.length && digits < 6 && /^\d{2,6}$/.test(tokens[j + 1]!.core)) digits += tokens[++j]!.core.length;
    if (digits !== 6) continue;
    if (j + 1 < tokens.length && /^[A-D]$/.test(tokens[j + 1]!.core)) j++;
    out.push({ type: "id", start: tokens[i]!.coreStart, end: tokens[j]!.coreEnd });
    i = j;
  }
  return out;
}

/** Any token holding six digits or more (an account, employee or card number), not a date or an amount. Run after phones, whose groups it would split. */
export function findLongNumbers(tokens: readonly Token[]): FoundSpan[] {
  const sortCode = (core: string) => /^\d{2}-\d{2}-\d{2}$/.test(core);
  const longNumber = (t: Token) =>
    digitCount(t.core) >= 6 && !/^[€$£]/.test(t.text) && !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(t.core) && !/,\d{3}/.test(t.core);
  return tokens.filter((t) => sortCode(t.core) || longNumber(t)).map((t) => ({ type: "id" as const, start: t.coreStart, end: t.coreEnd }));
}

/** Numbers whose shape says what they are: IBANs and national insurance numbers. */
export function findIdentifiers(tokens: readonly Token[]): FoundSpan[] {
  return [...findIbans(tokens), ...findInsuranceNumbers(tokens)];
}

// prettier-ignore
const birthCues = ["born on", "born", "date of birth", "dob", "d.o.b", "birthday is", "birthday", "birth date", "fecha de nacimiento", "nacido el", "nacida el", "geboren am", "geburtsdatum", "né le", "née le", "date de naissance", "data de nascimento", "nascido em", "nascida em"];
// prettier-ignore
const months = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro"]);

const isNumericDate = (core: string) => /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(core);
const isDayOrYear = (core: string) => /^\d{1,4}(?:st|nd|rd|th)?$/i.test(core);
// prettier-ignore
const birthWords = new Set(["born", "birth", "dob", "d.o.b", "birthday", "nacimiento", "nacido", "nacida", "geboren", "geburtsdatum", "né", "née", "naissance", "nascimento", "nascido", "nascida"]);

/** How many tokens a date starting at `i` covers ("14/02/1979", "3 March 1990", "March 3rd, 1990"), or 0. */
function dateLengthAt(tokens: readonly Token[], i: number): number {
  const core = (k: number) => tokens[k]?.core.toLowerCase() ?? "";
  if (isNumericDate(core(i))) return 1;
  let k = i;
  let parts = 0;
  let hasMonth = false;
  while (k < tokens.length && k < i + 5 && (isDayOrYear(core(k)) || months.has(core(k)) || ((core(k) === "of" || core(k) === "de") && parts > 0))) {
    if (months.has(core(k))) hasMonth = true;
    if (core(k) !== "of" && core(k) !== "de") parts++;
    k++;
  }
  return hasMonth && parts >= 2 ? k - i : 0;
}

/** Dates in the dozen tokens after a birth cue, in the same sentence: "born on 3 March 1990", "my date of birth is wrong, it's 14/02/1979". */
export function findBirthDates(tokens: readonly Token[], text: string): FoundSpan[] {
  if (!lookupIn(text).has(birthCues)) return [];
  const out: FoundSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!birthWords.has(tokens[i]!.core.toLowerCase().replace(/:$/, ""))) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 12 && !/[.!?]$/.test(tokens[j - 1]!.text); j++) {
      const length = dateLengthAt(tokens, j);
      if (!length) continue;
      out.push({ type: "dob", start: tokens[j]!.coreStart, end: tokens[j + length - 1]!.coreEnd });
      i = j + length - 1;
      break;
    }
  }
  return out;
}
