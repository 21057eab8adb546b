import type { FoundSpan } from "@/lib/exit/analysis/mask/spans";
import { closesClause, type Token } from "@/lib/exit/analysis/mask/tokens";

// Postal addresses: a house number and a street ("14 Larch Close"), or a street word and a number
// ("Calle Mayor 12", "Hauptstraße 5"), extended over a following town and postcode. A postcode on
// its own is masked too: it narrows a home down to a few houses.

// prettier-ignore
const streetWords = new Set([
  "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "way", "close", "court", "ct", "place", "crescent",
  "terrace", "gardens", "grove", "square", "row", "walk", "hill", "mews", "boulevard", "blvd", "parade", "green", "view", "rise",
]);
// prettier-ignore
const streetFirstWords = new Set(["calle", "avenida", "av", "rua", "rue", "via", "plaza", "praça", "travessa", "paseo", "carrer", "boulevard", "allée", "chemin"]);
const germanStreet = /(?:straße|strasse|weg|platz|allee|gasse|ring|damm)$/;

const isCapitalised = (core: string) => /^\p{Lu}[\p{L}'-]*$/u.test(core);
const isHouseNumber = (core: string) => /^\d{1,4}[a-zA-Z]?$/.test(core);
const isUkOutward = (core: string) => /^[A-Z]{1,2}\d[A-Z\d]?$/.test(core);
const isUkInward = (core: string) => /^\d[A-Z]{2}$/.test(core);
const isZip = (core: string) => /^\d{5}(?:-\d{4})?$/.test(core);

/** Where an address whose street ends at token `end` really ends: "Close, Harrogate HG2 7QN" takes the town and postcode. */
function extendOverTownAndPostcode(tokens: readonly Token[], end: number): number {
  if (!tokens[end]!.text.endsWith(",")) return end;
  let last = end;
  let k = end + 1;
  while (k < tokens.length && k <= end + 3 && isCapitalised(tokens[k]!.core)) {
    last = k;
    if (closesClause(tokens[k]!) && !tokens[k]!.text.endsWith(",")) return last;
    k++;
  }
  const core = tokens[k]?.core ?? "";
  const next = tokens[k + 1]?.core ?? "";
  if (isUkOutward(core) && isUkInward(next)) return k + 1;
  if (isZip(core)) return k;
  if (/^[A-Z]{2}$/.test(core) && isZip(next)) return k + 1;
  return last;
}

export function findAddresses(tokens: readonly Token[]): FoundSpan[] {
  const out: FoundSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const core = tokens[i]!.core;
    let end = -1;
    if (isHouseNumber(core)) {
      for (let k = i + 1; k < tokens.length && k <= i + 4 && isCapitalised(tokens[k]!.core); k++) {
        if (streetWords.has(tokens[k]!.core.toLowerCase()) && k > i + 1) end = k;
        if (closesClause(tokens[k]!)) break;
      }
    } else if (streetFirstWords.has(core.toLowerCase()) && isCapitalised(core)) {
      for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
        if (isHouseNumber(tokens[k]!.core)) {
          end = k;
          break;
        }
        if (closesClause(tokens[k]!) && !tokens[k]!.text.endsWith(",")) break;
      }
    } else if (germanStreet.test(core.toLowerCase()) && isCapitalised(core) && isHouseNumber(tokens[i + 1]?.core ?? "")) {
      end = i + 1;
    } else if (isUkOutward(core) && isUkInward(tokens[i + 1]?.core ?? "")) {
      out.push({ type: "address", start: tokens[i]!.coreStart, end: tokens[i + 1]!.coreEnd });
      i++;
      continue;
    }
    if (end < 0) continue;
    const last = extendOverTownAndPostcode(tokens, end);
    out.push({ type: "address", start: tokens[i]!.coreStart, end: tokens[last]!.coreEnd });
    i = last;
  }
  return out;
}
