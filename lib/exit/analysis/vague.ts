import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { forMatching } from "@/lib/exit/analysis/normalise";
import { questionKindOf } from "@/lib/exit/analysis/question-kind";
import { clausesOf } from "@/lib/exit/analysis/sentences";
import { hedges, lukewarm, scoffs, workplaceNegatives } from "@/lib/exit/analysis/sentiment-cues";
import { themesIn } from "@/lib/exit/analysis/themes";

// Whether an answer needs a follow-up question: it names a topic or a verdict but not what
// happened ("My manager.", "It was fine I guess."). A declined answer is the opposite case: the
// person chose not to say, and a good interviewer moves on instead of pushing.

// prettier-ignore
const declines: Lexicon = [
  "rather not", "prefer not", "not something i want to", "not something i'd like to", "don't want to discuss", "rather not discuss", "don't want to talk", "do not want to talk", "don't want to go into", "not comfortable talking",
  "no comment", "skip this", "skip that", "pass on this", "i'll pass", "would rather not say", "prefiero no", "no quiero hablar",
  "möchte ich nicht", "möchte nicht", "je préfère ne pas", "je ne souhaite pas", "prefiro não", "não quero falar",
];

/** Phrases that stand in for the detail they leave out. */
// prettier-ignore
const vaguenessMarkers: Lexicon = [
  "i guess", "i suppose", "you know", "nothing dramatic", "just time", "various reasons", "various things", "some personal",
  "ups and downs", "less so", "i don't know", "don't really know", "whole situation", "it is what it is", "no idea", "mean well",
  "means well", "stuff", "nothing serious", "once or twice", "on the ambitious side", "fair to say", "think about how",
  "here and there", "it depends", "depending on", "depends on", "could have been better", "could've been better", "not really sure", "hard to say",
  "who knows", "for reasons", "this and that", "things happen", "not sure", "no sé", "weiß nicht", "je ne sais pas", "não sei",
];

const asks = new Set(["more", "less", "fewer", "better", "higher", "stop", "give", "let", "pay", "fix", "letting", "a", "an"]);
const nothingMore = new Set(["no", "nope", "nothing", "that's", "thats", "nah", "não", "nein", "non", "nada", "rien"]);

const wordsOf = (text: string) =>
  forMatching(text)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);

export function isDeclined(answer: string): boolean {
  return wordsOf(answer).length <= 14 && lookupIn(answer).has(declines);
}

export function isVague(question: string, answer: string): boolean {
  if (isDeclined(answer)) return false;
  const words = wordsOf(answer);
  const kind = questionKindOf(question);
  const lookup = lookupIn(answer);
  const themes = themesIn(answer);
  if (words.length > 20) return false;
  if (kind === "anything_else" && nothingMore.has(words[0] ?? "") && words.length <= 8) return false;
  if (words.length <= 8 && lookup.has(scoffs)) return true;
  const enumerates = (answer.match(/,/g) ?? []).length >= 2 && themes.size > 0;
  const concreteAsk = asks.has(words[0] ?? "") && themes.size > 0 && words.length >= 2;
  const namesWhatTheyLiked = (kind === "enjoyed" || kind === "next") && themes.size > 0;
  // "She meant well, but the check-ins felt like surveillance": the turn names what happened.
  const explains = clausesOf(answer)
    .slice(1)
    .some((clause) => themesIn(clause).size > 0 || lookupIn(clause).has(workplaceNegatives));
  const reassures = lookup.has(["no issues", "no complaints", "no problems", "all good", "nothing to complain"]);
  if (enumerates || concreteAsk || namesWhatTheyLiked || explains || reassures) return false;
  if (lookup.has(vaguenessMarkers)) return true;
  if (words.length <= 3) return true;
  if (words.length <= 5 && themes.size === 0) return true;
  if (words.length <= 8 && lookup.has(lukewarm) && lookup.has(hedges)) return true;
  return kind === "recommend" && words.length <= 8 && themes.size === 0 && !/\d/.test(answer);
}
