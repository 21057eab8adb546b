import { forMatching } from "@/lib/exit/analysis/normalise";
import { wholeWordIndex, type WholeWordIndex } from "@/lib/text/whole-words";

// One index per text, then any number of lexicons looked up in it: each lookup is linear in the
// text and the lexicon together, however many terms a lexicon holds.

export type Lexicon = readonly string[];

export type TextLookup = {
  /** The lexicon's terms found in the text as whole words. */
  found(lexicon: Lexicon): Set<string>;
  has(lexicon: Lexicon): boolean;
};

export function lookupIn(text: string): TextLookup {
  const index: WholeWordIndex = wholeWordIndex(forMatching(text));
  return {
    found: (lexicon) => index.wholeWordsAmong(lexicon),
    has: (lexicon) => index.wholeWordsAmong(lexicon).size > 0,
  };
}
