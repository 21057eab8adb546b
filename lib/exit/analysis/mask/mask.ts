import { findAddresses } from "@/lib/exit/analysis/mask/addresses";
import { findEmails, findPhones } from "@/lib/exit/analysis/mask/contacts";
import { findBirthDates, findIdentifiers, findLongNumbers } from "@/lib/exit/analysis/mask/identifiers";
import { findNames } from "@/lib/exit/analysis/mask/names";
import { findHealth, findSpecialCategory } from "@/lib/exit/analysis/mask/sensitive";
import { settleOverlaps, type MaskType } from "@/lib/exit/analysis/mask/spans";
import { tokensOf } from "@/lib/exit/analysis/mask/tokens";

// Personal data replaced by a bracketed type ("[phone]") before an answer leaves the attributed
// detail view. Finders run in order of how sure they are: an email or IBAN wins over a name
// found inside it.

export type MaskedSpan = { type: MaskType; text: string };
export type MaskResult = { text: string; spans: MaskedSpan[] };

export function maskPersonalData(text: string, options: { knownNames?: readonly string[] } = {}): MaskResult {
  const tokens = tokensOf(text);
  const finders = [
    findEmails(tokens),
    findIdentifiers(tokens),
    findBirthDates(tokens, text),
    findPhones(tokens),
    findLongNumbers(tokens),
    findAddresses(tokens),
    findHealth(tokens, text),
    findSpecialCategory(tokens, text),
    findNames(text, options.knownNames),
  ];
  const spans = settleOverlaps(finders.flatMap((found, rank) => found.map((span) => ({ ...span, rank }))));
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    out += `${text.slice(cursor, span.start)}[${span.type}]`;
    cursor = span.end;
  }
  out += text.slice(cursor);
  return { text: out, spans: spans.map((span) => ({ type: span.type, text: text.slice(span.start, span.end) })) };
}
