import { skillCatalog, type Skill } from "@/lib/skills/catalog";

// Finds every catalogue skill a text names in one pass, by the rules of `skillMatchers`: a name stands
// apart from letters, digits, "+", "#" and "." (a short name of one or two letters, matched in its
// exact case, from "-" too), and the longest name of a skill that fits at a place wins. Running each
// skill's pattern over the text instead reads the whole text once per skill.

/** Where a text names a skill first, and in what words. */
export type SkillMention = {
  /** The first place the text names the skill, by any of its names. */
  at: number;
  /**
   * The words, as `skillMatchers` reports them: the first match of a longer name (any case), or when
   * there is none, of a short one.
   */
  wording: string;
};

type NameEnd = { skill: Skill; length: number };
type TrieNode = { next: Map<number, TrieNode>; ends: NameEnd[] };

// Long names match in any case, as a case-insensitive pattern folds them: A–Z, the Kelvin sign and the
// long s to ASCII letters, and accented capitals ("INGLÉS") to their small letters.
function folded(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code === 0x212a) return 107;
  if (code === 0x17f) return 115;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}
const exact = (code: number) => code;

function trieOf(short: boolean, key: (code: number) => number): TrieNode {
  const root: TrieNode = { next: new Map(), ends: [] };
  for (const skill of skillCatalog) {
    for (const name of [skill.name, ...skill.aliases]) {
      if (name.length <= 2 !== short) continue;
      let node = root;
      for (let i = 0; i < name.length; i++) {
        const k = key(name.charCodeAt(i));
        if (!node.next.has(k)) node.next.set(k, { next: new Map(), ends: [] });
        node = node.next.get(k)!;
      }
      node.ends.push({ skill, length: name.length });
    }
  }
  return root;
}

const catalogueOrder = new Map(skillCatalog.map((skill, index) => [skill, index]));
const longNames = trieOf(false, folded);
const shortNames = trieOf(true, exact);

const isAsciiLetterOrDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const letterOrDigit = /[\p{L}\p{N}]/u;
const letter = /\p{L}/u;

/** The character (whole code point) ending just before `index`, or "" at the start. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(index - 2, index) : text[index - 1]!;
}

/** The character (whole code point) starting at `index`, or "" at the end. */
function charAt(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : "";
}

/** Whether a character that is no letter or digit keeps a name apart: "+" and "#" ("C++", "C#") do not. */
function isWordChar(char: string): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return code < 128 ? isAsciiLetterOrDigit(code) || char === "+" || char === "#" : letterOrDigit.test(char);
}

/** Whether a name may start here (the pattern's look-behind). */
function startsApart(text: string, start: number, short: boolean): boolean {
  const before = charBefore(text, start);
  return !isWordChar(before) && before !== "." && !(short && before === "-");
}

/** Whether a name may end here (the look-ahead): no part of a word follows, and no ".js"-like suffix. */
function endsApart(text: string, end: number, short: boolean): boolean {
  const next = charAt(text, end);
  if (isWordChar(next) || (short && next === "-")) return false;
  return !(next === "." && letter.test(charAt(text, end + 1)));
}

type Found = Map<Skill, { at: number; length: number }>;

/** Follows the names that start at `start`, keeping each skill's first place and, there, its longest name. */
function walk(text: string, root: TrieNode, key: (code: number) => number, start: number, found: Found, short: boolean): void {
  let node: TrieNode | undefined = root;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(key(text.charCodeAt(i)));
    if (!node) return;
    for (const end of node.ends) {
      const seen = found.get(end.skill);
      if ((!seen || seen.at === start) && endsApart(text, i + 1, short)) found.set(end.skill, { at: start, length: end.length });
    }
  }
}

/** Every place a name of a catalogue skill stands apart in the text (names overlapping included), in text order. */
export function skillOccurrences(text: string): { skill: Skill; start: number; end: number }[] {
  const found: { skill: Skill; start: number; end: number }[] = [];
  const visit = (root: TrieNode, key: (code: number) => number, start: number, short: boolean) => {
    let node: TrieNode | undefined = root;
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(key(text.charCodeAt(i)));
      for (const end of node?.ends ?? []) if (endsApart(text, i + 1, short)) found.push({ skill: end.skill, start, end: start + end.length });
    }
  };
  for (let start = 0; start < text.length; start++) {
    const code = text.charCodeAt(start);
    if (longNames.next.has(folded(code)) && startsApart(text, start, false)) visit(longNames, folded, start, false);
    if (shortNames.next.has(code) && startsApart(text, start, true)) visit(shortNames, exact, start, true);
  }
  return found;
}

/** The catalogue skills a text names, by canonical name in catalogue order, each with its first mention. */
export function skillMentions(text: string): Map<string, SkillMention> {
  const long: Found = new Map();
  const short: Found = new Map();
  for (let start = 0; start < text.length; start++) {
    // Only where some name begins: most places are ruled out without looking behind them.
    const code = text.charCodeAt(start);
    if (longNames.next.has(folded(code)) && startsApart(text, start, false)) walk(text, longNames, folded, start, long, false);
    if (shortNames.next.has(code) && startsApart(text, start, true)) walk(text, shortNames, exact, start, short, true);
  }
  const mentions = new Map<string, SkillMention>();
  if (!long.size && !short.size) return mentions;
  const named = [...new Set([...long.keys(), ...short.keys()])].sort((a, b) => catalogueOrder.get(a)! - catalogueOrder.get(b)!);
  for (const skill of named) {
    const first = (long.get(skill) ?? short.get(skill))!;
    const at = Math.min(long.get(skill)?.at ?? Infinity, short.get(skill)?.at ?? Infinity);
    mentions.set(skill.name, { at, wording: text.slice(first.at, first.at + first.length) });
  }
  return mentions;
}
