import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// The English word-level lexicon: wink-nlp scores a sentence from its words, handling negation
// ("not good") and intensifiers ("very good"). Loading the model takes a moment, so it is loaded
// once, on first use.

let nlp: ReturnType<typeof winkNLP> | undefined;
/** Ids below this belong to the model's own vocabulary; words it has never seen get higher ones. */
let vocabularySize = 0;

function loaded() {
  if (!nlp) {
    nlp = winkNLP(model);
    vocabularySize = nlp.readDoc("qzxvkwy").tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  }
  return nlp;
}

/** A score in about -1..1 for a piece of English text: below zero is negative. */
export function lexiconScore(text: string): number {
  const engine = loaded();
  return engine.readDoc(text).out(engine.its.sentiment) as number;
}

export type TaggedWord = { text: string; pos: string };

/** The words of an English text with their parts of speech (PROPN marks proper nouns). */
export function taggedWords(text: string): TaggedWord[] {
  const engine = loaded();
  const tokens = engine.readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(engine.its.pos) as string[];
  return words.map((word, i) => ({ text: word, pos: tags[i] ?? "" }));
}

/** Whether a word, in lower case, is in the model's English vocabulary ("salary" is, "Kacper" is not). */
export function isVocabularyWord(word: string): boolean {
  const engine = loaded();
  const id = engine.readDoc(word.toLowerCase()).tokens().out(engine.its.uniqueId)[0] as unknown as number;
  return id < vocabularySize;
}
