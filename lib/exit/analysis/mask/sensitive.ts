import { lookupIn } from "@/lib/exit/analysis/lexicon";
import { dentalContext, dentalTerms, healthOwners, healthTerms, specialCategoryTerms } from "@/lib/exit/analysis/mask/sensitive-lexicon";
import type { FoundSpan, MaskType } from "@/lib/exit/analysis/mask/spans";
import { closesClause, type Token } from "@/lib/exit/analysis/mask/tokens";

// Health and special-category mentions. A term is looked up at each token by walking at most three
// tokens, so the scan is linear; the masked span reaches back to whose health it is ("my son's
// surgery"), because the person and the condition together are the sensitive fact.

const bare = (token: Token | undefined) => (token?.core ?? "").toLowerCase().replace(/'s$/, "");

/** Terms by their first word, each as its list of words. */
function byFirstWord(terms: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const term of terms) {
    const words = term.split(" ");
    map.set(words[0]!, [...(map.get(words[0]!) ?? []), words]);
  }
  return map;
}

const health = byFirstWord(healthTerms);
const dental = byFirstWord(dentalTerms);
const special = byFirstWord(specialCategoryTerms);
const owners = new Set(healthOwners);
const days = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** How many tokens a term starting at `i` covers, or 0. */
function termLengthAt(tokens: readonly Token[], i: number, terms: Map<string, string[][]>): number {
  let best = 0;
  for (const words of terms.get(bare(tokens[i])) ?? []) {
    if (words.every((word, k) => (k === 0 ? true : bare(tokens[i + k]) === word && !closesClause(tokens[i + k - 1]!)))) best = Math.max(best, words.length);
  }
  return best;
}

/** The earliest owner word ("my", "I'm") within four tokens before `i` in the same clause. */
function ownerStart(tokens: readonly Token[], i: number): number {
  let start = i;
  for (let k = i - 1; k >= 0 && k >= i - 4 && !closesClause(tokens[k]!); k--) if (owners.has(tokens[k]!.core.toLowerCase())) start = k;
  return start;
}

/** "pregnant and due in October": the due date belongs to the same fact. */
function dueDateEnd(tokens: readonly Token[], end: number): number {
  let k = end + 1;
  if (bare(tokens[k]) === "and") k++;
  if (bare(tokens[k]) === "due" && bare(tokens[k + 1]) === "in" && tokens[k + 2] && !closesClause(tokens[end]!)) return k + 2;
  return end;
}

function findTerms(tokens: readonly Token[], terms: Map<string, string[][]>, type: MaskType): FoundSpan[] {
  const out: FoundSpan[] = [];
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const length = termLengthAt(tokens, i, terms);
    if (!length) continue;
    let end = i + length - 1;
    let start = i;
    if (type === "health") {
      start = ownerStart(tokens, i);
      end = dueDateEnd(tokens, end);
    } else {
      if (bare(tokens[i + 1]) === "room" || bare(tokens[i + 1]) === "rooms") continue;
      if (days.has(bare(tokens[i - 1])) && !closesClause(tokens[i - 1]!)) start = i - 1;
    }
    // "I was diagnosed with diabetes": a second term right after the first belongs to the same fact.
    const previous = out.at(-1);
    if (previous && lastEnd >= 0 && start - lastEnd <= 2 && !tokens.slice(lastEnd, start).some(closesClause)) previous.end = tokens[end]!.coreEnd;
    else out.push({ type, start: tokens[start]!.coreStart, end: tokens[end]!.coreEnd });
    lastEnd = end;
    i = end;
  }
  return out;
}

export function findHealth(tokens: readonly Token[], text: string): FoundSpan[] {
  const spans = findTerms(tokens, health, "health");
  if (lookupIn(text).has(dentalContext)) spans.push(...findTerms(tokens, dental, "health"));
  return spans;
}

/** Religion and orientation; a facility named after a practice ("prayer room") says nothing about anyone. */
export function findSpecialCategory(tokens: readonly Token[], text: string): FoundSpan[] {
  return lookupIn(text).has(specialCategoryTerms) ? findTerms(tokens, special, "special") : [];
}
