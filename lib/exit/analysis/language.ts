import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";

// Which language an answer is in, from its function words: they are frequent, short and differ
// between the languages an interview may be held in. Two hits are needed before leaving English.

export type Language = "en" | "es" | "de" | "fr" | "pt";

// prettier-ignore
const functionWords: Record<Language, Lexicon> = {
  en: ["the", "and", "is", "was", "i", "my", "to", "of", "it", "we", "you", "they", "were", "with", "that", "this", "have", "had", "not", "your", "our", "from", "for", "at", "be", "been", "are", "he", "she", "his", "her", "but", "about", "just", "what", "there", "like", "if", "when", "would", "did", "got", "any", "all", "out", "up", "by", "who", "which", "nothing", "never", "it's", "i'm", "i've", "didn't", "don't", "wasn't"],
  es: ["el", "la", "los", "las", "que", "y", "es", "muy", "pero", "mi", "con", "por", "para", "una", "estaba", "nos", "porque", "lo", "del", "fue", "sí", "más", "tu", "cómo", "qué", "hubo", "había", "era", "eran", "estaba", "tenía", "nadie", "sin", "también", "todo", "todos", "hay", "yo"],
  de: ["der", "die", "das", "und", "ist", "ich", "nicht", "mit", "zu", "ein", "eine", "habe", "war", "sie", "mein", "meine", "ihre", "wie", "sehr", "auch", "viel", "am", "für", "hat", "mich", "immer", "es", "wir", "uns", "sich", "auf", "den", "dem", "gesagt", "seit", "gab", "wurde", "wurden", "kein", "keine", "aber", "oder", "nur", "noch", "schon"],
  fr: ["le", "la", "les", "et", "est", "je", "ne", "pas", "un", "une", "des", "du", "avec", "mais", "ma", "mon", "était", "ça", "plus", "votre", "au", "pour", "très", "il", "elle", "nous", "c'était", "j'ai", "avait", "été", "sont", "ont", "aux", "cette", "ces", "leur", "dans", "beaucoup", "rien", "jamais", "trop", "qui"],
  pt: ["o", "a", "os", "as", "e", "é", "não", "um", "uma", "com", "mas", "meu", "minha", "foi", "era", "muito", "pouca", "muita", "entre", "da", "do", "você", "sua", "nada", "também", "eu", "tinha", "estava", "isso", "ele", "ela", "nós", "na", "são", "está", "pelo", "pela", "ao"],
};

const others: Language[] = ["es", "de", "fr", "pt"];

export function languageOf(text: string): Language {
  const lookup = lookupIn(text);
  const english = lookup.found(functionWords.en).size;
  let best: Language = "en";
  let bestCount = 1;
  for (const language of others) {
    const count = lookup.found(functionWords[language]).size;
    // One function word decides only when nothing English is there at all ("Buen ambiente, la verdad.").
    if ((count > bestCount && count > english) || (count === 1 && english === 0 && bestCount === 1 && best === "en")) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
