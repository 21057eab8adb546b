import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { forMatching } from "@/lib/exit/analysis/normalise";
import { sentencesOf } from "@/lib/exit/analysis/sentences";

// Courtesy closes many answers ("Thanks for listening.", "Good luck with it all.") and a general
// lexicon scores it as praise. It says nothing about the job, so a short sentence made of courtesy
// is left out before an answer is scored.

// prettier-ignore
const courtesies: Lexicon = [
  "thanks", "thank you", "thanks for listening", "thank you for listening", "thanks for asking", "thank you for asking",
  "thanks for your time", "thank you for your time", "thanks for having me", "cheers", "good luck", "best of luck",
  "all the best", "take care", "wish you the best", "wish them the best", "wish you all the best", "wish everyone well",
  "appreciate you asking", "appreciate the chance", "nice talking to you", "that's all", "that's it", "have a good day",
  "gracias", "danke", "merci", "obrigado", "obrigada", "bonne continuation", "suerte", "viel erfolg",
];

const maxCourtesyWords = 7;
/** Words that may come before the courtesy ("No, thanks", "Again, thank you"); anything else ("not a single thank you") makes it content. */
// prettier-ignore
const leadIns = new Set(["no", "ok", "okay", "and", "yes", "yeah", "well", "oh", "anyway", "again", "so", "many", "big", "just", "really", "also", "but", "otherwise", "and", "i", "we", "that's", "all", "it"]);

const wordsOf = (sentence: string) =>
  forMatching(sentence)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/** A short sentence whose point is politeness towards the listener. */
export function isCourtesy(sentence: string): boolean {
  const words = wordsOf(sentence);
  if (words.length > maxCourtesyWords) return false;
  const found = [...lookupIn(sentence).found(courtesies)];
  if (!found.length) return false;
  const opening = Math.min(...found.map((term) => words.indexOf(term.split(" ")[0]!)).filter((at) => at >= 0));
  return words.slice(0, opening).every((word) => leadIns.has(word));
}

/** The text without its courtesy sentences: empty when it held nothing else. */
export function withoutCourtesy(text: string): string {
  const sentences = sentencesOf(text);
  const kept = sentences.filter((s) => !isCourtesy(s));
  return kept.length < sentences.length ? kept.join(" ") : text;
}
