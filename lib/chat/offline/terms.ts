import { fold } from "@/lib/chat/offline/words";

// How both the CV's lines and a question are cut into search terms: folded words, without the
// grammar words of the languages the chat reads, cut to a rough stem so "mentored" finds "mentor".

const grammarWords = new Set(
  `a an the of and or in on at to for from by with as is are was were be been being do does did has have had he she his her him they them their it its
  this that these those what which who whom whose where when how why any all every each some there here than then also
  can could would should will may might must shall about into over under up out not no yes i me my you your we our
  el la los las de del que en y un una es su sus con por para al lo se como cual donde cuando ha
  le les des du et est quel quelle quels quelles combien ou quand il elle avec pour dans au aux ce cette ses son sa qui
  der die das und ist hat er sie welche welcher wie wo wann seit mit bei fur ein eine einen einem einer eines den dem von zu im als
  os da em com um uma seu sua na qual quais onde quando ele ela tem`.split(/\s+/u),
);

const suffixes = ["ments", "ment", "ings", "ing", "ies", "ers", "er", "ed", "es", "s"];

function stripSuffix(word: string): { stemmed: string; suffix: string | null } {
  for (const suffix of suffixes)
    if (word.endsWith(suffix) && word.length - suffix.length >= 4)
      return { stemmed: suffix === "ies" ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length), suffix };
  return { stemmed: word, suffix: null };
}

export function stem(word: string): string {
  if (/\d/u.test(word)) return word;
  const first = stripSuffix(word);
  // "volunteering" and "delivered" leave "volunteer" and "deliver", which are cut once more so that
  // they meet "volunteer" and "deliver" themselves.
  const stemmed = first.suffix === "ing" || first.suffix === "ed" ? stripSuffix(first.stemmed).stemmed : first.stemmed;
  // "raise" and "raised", "manage" and "managed" meet at one stem.
  return stemmed.length > 4 && stemmed.endsWith("e") ? stemmed.slice(0, -1) : stemmed;
}

/** A word as a search term, or null for a grammar word. */
export function searchTerm(word: string): string | null {
  const folded = fold(word);
  if (!folded || grammarWords.has(folded)) return null;
  return stem(folded);
}

// Words that say how a question asks rather than what about: "has he used Kafka", "any experience of".
const askingWords = new Set(
  "experience experienced use used using work worked working know knows any ever really actually just also much many kind type get got make made done candidate cv resume tell show give have has had".split(
    " ",
  ),
);

/** The search terms of a question's subject, without the words of asking. */
export function subjectTerms(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length > 1 && !askingWords.has(fold(w))).flatMap((w) => searchTerm(w) ?? []);
}

// Abbreviations that name a subject no single word of theirs would find.
const abbreviations: [string, string][] = [
  ["m&a", "mergers acquisitions acquired merged"],
  ["p&l", "profit loss budget"],
  ["r&d", "research development"],
];

/** The question with the words its abbreviations stand for added. */
export function expandAbbreviations(question: string): string {
  const lower = question.toLowerCase();
  return abbreviations.reduce((text, [short, long]) => (lower.includes(short) ? `${text} ${long}` : text), question);
}

export const isGrammarWord = (word: string) => grammarWords.has(fold(word));
