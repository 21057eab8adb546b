import { lookupIn } from "@/lib/exit/analysis/lexicon";
import { lexiconScore } from "@/lib/exit/analysis/lexicon-scorer";
import { forMatching } from "@/lib/exit/analysis/normalise";
import { contrastWords } from "@/lib/exit/analysis/sentences";
import { enthusiasmVerbs, feelingValued, hardships, ironicConstructions, scoffs, tokenGifts, workplaceNegatives } from "@/lib/exit/analysis/sentiment-cues";

// Irony says the opposite of its words, so a word lexicon scores it backwards. These are the
// shapes irony takes in exit interviews: mock enthusiasm opening a complaint, praise of a hardship,
// gratitude for a trivial token, a scoff, a rhetorical "What onboarding?", a one-word verdict
// closing a grim description.

export type Irony = { sentences: string[]; intensity: 1 | 2 | 3 };

const wordsOf = (sentence: string) =>
  forMatching(sentence)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const mockOpeners = new Set(["oh", "wow", "yeah", "ooh"]);
// prettier-ignore
const closingVerdicts = ["cutting edge", "cutting-edge", "state of the art", "world class", "brilliant", "genius", "lovely", "fantastic", "great", "perfect", "classic", "marvellous", "amazing", "wonderful", "top notch", "fabulous", "superb", "impressive", "incredible", "generous"];
/** A one-word sentence of mock agreement after a claim: "People say it's flat. Sure." */
const mockAgreement = new Set(["sure", "right", "totally", "clearly", "obviously", "naturally"]);

/** "... emails at 11pm asking why it wasn't done. Very caring.": a short compliment closing a complaint. */
function praiseAfterComplaint(sentence: string, before: string): boolean {
  // "No, never. Everyone was respectful.": a bare denial before praise describes nothing grim.
  if (wordsOf(before).length <= 3) return false;
  return lexiconScore(sentence) > 0.3 && (lexiconScore(before) < 0 || lookupIn(before).has(workplaceNegatives));
}

export function ironyIn(sentences: readonly string[]): Irony | null {
  const hits: { sentence: string; intensity: 1 | 2 | 3 }[] = [];
  sentences.forEach((sentence, i) => {
    const words = wordsOf(sentence);
    const lookup = lookupIn(sentence);
    const next = sentences[i + 1] ?? "";
    const grimNext = lexiconScore(next) < 0 || lookupIn(next).has(workplaceNegatives);
    const effusive = lexiconScore(sentence) > 0 || lookup.has(closingVerdicts);
    if (mockOpeners.has(words[0] ?? "") && sentences.length > 1 && (effusive || grimNext)) hits.push({ sentence, intensity: 3 });
    else if (i > 0 && words.length === 1 && mockAgreement.has(words[0]!) && !sentence.trim().endsWith("?")) hits.push({ sentence, intensity: 2 });
    else if (lookup.has(ironicConstructions)) hits.push({ sentence, intensity: 3 });
    else if (lookup.has(enthusiasmVerbs) && (lookup.has(hardships) || lookupIn(next).has(hardships)) && !lookup.has(contrastWords))
      hits.push({ sentence, intensity: 3 });
    else if (lookup.has(feelingValued) && lookupIn(sentences.join(" ")).has(tokenGifts)) hits.push({ sentence, intensity: 2 });
    else if (words.length <= 2 && i > 0 && words.every((w) => scoffs.includes(w))) hits.push({ sentence, intensity: 3 });
    else if (words.length > 1 && scoffs.includes(words.at(-1)!) && !sentence.trim().endsWith("?")) hits.push({ sentence, intensity: 1 });
    else if (words[0] === "what" && words.length <= 3 && sentence.trim().endsWith("?") && sentences.length > 1) hits.push({ sentence, intensity: 3 });
    else if (i > 0 && i === sentences.length - 1 && words.length <= 3 && (lookup.has(closingVerdicts) || praiseAfterComplaint(sentence, sentences[i - 1]!)))
      hits.push({ sentence, intensity: 2 });
  });
  if (!hits.length) return null;
  return { sentences: hits.map((h) => h.sentence), intensity: Math.max(...hits.map((h) => h.intensity)) as 1 | 2 | 3 };
}
