import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { forMatching } from "@/lib/exit/analysis/normalise";

// Irony says the opposite of its words, so a word lexicon scores it backwards. Only shapes that
// are ironic whatever the topic are read here: a mock-enthusiastic "Oh, ..." opening a longer
// answer, set phrases of sarcasm ("yeah right", "nothing says"), a scoff ("Ha.", "... lol"), a
// rhetorical "What X?", and a short verdict of praise closing a complaint ("Very caring.").

export type Irony = { sentences: string[]; intensity: 1 | 2 | 3 };

const wordsOf = (sentence: string) =>
  forMatching(sentence)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
const scoffs = new Set(["ha", "haha", "hah", "lol", "lmao", "pfft"]);
/** Set phrases of sarcasm: they praise only to mock. */
// prettier-ignore
const ironicPhrases: Lexicon = [
  "yeah right", "who needs", "so-called", "if you call that", "nothing says", "love how", "gotta love", "got to love",
  "what could go wrong", "good luck getting", "good luck finding",
];

/** The ironic sentences of an answer, given each sentence's polarity. */
export function ironyIn(sentences: readonly string[], polarityOf: (sentence: string) => number): Irony | null {
  const hits = sentences.filter((sentence, i) => {
    const words = wordsOf(sentence);
    const question = sentence.trim().endsWith("?");
    const mockEnthusiasm = words[0] === "oh" && sentences.length > 1 && polarityOf(sentence) > 0;
    const scoff = words.length > 0 && (words.every((w) => scoffs.has(w)) || (words.length > 1 && scoffs.has(words.at(-1)!) && !question));
    const rhetorical = question && words[0] === "what" && words.length <= 3 && i === 0 && sentences.length > 1;
    // "... and the laptop took ten minutes to boot. Very modern.": a short verdict of praise closing a
    // complaint. A bare "No, never." before praise describes nothing, so it is not that complaint.
    const before = sentences[i - 1] ?? "";
    const closesComplaint = i > 0 && i === sentences.length - 1 && wordsOf(before).length > 3 && polarityOf(before) < 0;
    const mockVerdict = closesComplaint && words.length <= 3 && polarityOf(sentence) > 0;
    return mockEnthusiasm || scoff || rhetorical || mockVerdict || lookupIn(sentence).has(ironicPhrases);
  });
  return hits.length ? { sentences: hits, intensity: 3 } : null;
}
