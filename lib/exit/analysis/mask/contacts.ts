import type { FoundSpan } from "@/lib/exit/analysis/mask/spans";
import { closesClause, digitCount, type Token } from "@/lib/exit/analysis/mask/tokens";

// Emails and phone numbers, read from tokens rather than with one big pattern, so the time stays
// linear whatever the text holds.

export function findEmails(tokens: readonly Token[]): FoundSpan[] {
  const out: FoundSpan[] = [];
  for (const token of tokens) {
    const at = token.core.indexOf("@");
    if (at > 0 && token.core.indexOf(".", at) > at + 1 && !token.core.endsWith("@")) {
      out.push({ type: "email", start: token.coreStart, end: token.coreEnd });
    }
  }
  return out;
}

/** A piece of a phone number: "+44", "(020)", "7946", "555-0173", "0612.34.56". */
const isPhonePart = (core: string) => /^\+?\(?\d[\d().-]*$/.test(core) && !/[.-]$/.test(core) && !/^\d{1,3}\.\d{2}$/.test(core);

/**
 * Runs of phone-like tokens holding 7 to 15 digits in all. A run of fewer than 10 digits must show
 * the grouping of a number (a dash, a space, a leading "+" or "0"), so a year or an amount is not taken.
 */
export function findPhones(tokens: readonly Token[]): FoundSpan[] {
  const out: FoundSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isPhonePart(tokens[i]!.core) || tokens[i]!.text.startsWith("€") || tokens[i]!.text.startsWith("$")) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !closesClause(tokens[j]!) && isPhonePart(tokens[j + 1]!.core)) j++;
    const run = tokens.slice(i, j + 1);
    const joined = run.map((t) => t.core).join(" ");
    const digits = digitCount(joined);
    const grouped = run.length > 1 || /[-.()]/.test(joined) || /^[+0]/.test(joined);
    if (digits >= 7 && digits <= 15 && (digits >= 10 || grouped) && !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(joined)) {
      // An area code in brackets belongs to the number: "(312) 555-0199".
      const start = run[0]!.text.startsWith("(") ? run[0]!.start : run[0]!.coreStart;
      const end = run.at(-1)!.text.endsWith(")") && run.at(-1)!.text.includes("(") ? run.at(-1)!.end : run.at(-1)!.coreEnd;
      out.push({ type: "phone", start, end });
    }
    i = j + 1;
  }
  return out;
}
