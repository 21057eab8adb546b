import { wordsOf } from "@/lib/chat/offline/words";

// The most frequent short words of each language. A question is read as English unless the words of
// another language outnumber the English ones. Words shared between languages ("a", "de", "en") are
// left out, so they vote for none.
const stopWords: Record<string, Set<string>> = {
  en: new Set(
    "the is are what did does do he she his her of and in at how which where when who whom has have was were an to for with this they their any it on or from by many much long".split(
      " ",
    ),
  ),
  es: new Set(
    "el la los las del que en y un una es cuantas cuantos cuanto cual cuales donde cuando tiene ha su sus con por para al lo se como trabajo hizo esta".split(
      " ",
    ),
  ),
  fr: new Set("le les des du et est quel quelle quels quelles combien ou quand il elle avec pour dans une au aux ce cette t fait ses son sa qui".split(" ")),
  de: new Set("der die das und ist hat er sie welche welcher welches wie wo wann seit mit bei fur ein eine den dem von zu im als nicht".split(" ")),
  pt: new Set("os da que qual quais onde quando ele ela tem em com para um uma e seu sua na quanto quantos trabalhou".split(" ")),
};

/** Whether a question is written in English or in another language, by counting each language's stop words. */
export function questionLanguage(question: string): "en" | "other" {
  const counts = new Map<string, number>();
  for (const word of wordsOf(question))
    for (const [language, words] of Object.entries(stopWords)) if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
  const english = counts.get("en") ?? 0;
  let best = 0;
  for (const [language, count] of counts) if (language !== "en") best = Math.max(best, count);
  return best > english ? "other" : "en";
}
