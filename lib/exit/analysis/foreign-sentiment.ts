import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import type { Language } from "@/lib/exit/analysis/language";

// A small general lexicon of everyday praise and complaint per language, for answers the English
// scorer cannot read. A negator just before a word ("no", "nicht", "pas", "não") flips it.

type Polarity = { positive: Lexicon; negative: Lexicon; negators: Lexicon; intensifiers: Lexicon };

// prettier-ignore
const lexicons: Record<Exclude<Language, "en">, Polarity> = {
  es: {
    positive: ["bueno", "buena", "buen", "bien", "muy bien", "excelente", "genial", "agradable", "contento", "contenta", "feliz", "encantó", "gustaba", "gustó", "compañerismo", "apoyo", "justo", "mejor", "claro", "útil", "amable", "amables", "disponible", "agradecido", "agradecida", "recomiendo", "completo", "completa", "sin duda", "echar de menos", "voy a echar de menos"],
    negative: ["malo", "mala", "mal", "nunca", "peor", "difícil", "horrible", "tóxico", "tóxica", "injusto", "injusta", "cansado", "cansada", "agotado", "agotada", "estrés", "no se puede", "tardaba", "semanas en responder", "no se pagaban", "no podía", "demasiado", "eché de menos", "falta", "problema", "problemas", "quejas", "imposible", "nadie", "cambiaban", "bajo", "baja", "falta", "excesivo", "excesiva", "exceso", "fatal", "gritaba", "gritos", "gritar", "grita", "humillaba", "humillante", "insoportable", "agotador", "agotadora", "despidieron", "despidos"],
    negators: ["no", "nunca", "ni", "sin"],
    intensifiers: ["muy", "mucho", "mucha", "nunca", "demasiado", "siempre", "así no"],
  },
  de: {
    positive: ["gut", "sehr gut", "toll", "super", "prima", "freundlich", "hilfsbereit", "zufrieden", "gern", "gerne", "gefallen", "fair", "kollegial", "angenehm", "besten", "hervorragend", "spaß", "unterstützt", "dankbar"],
    negative: ["schlecht", "nie", "niemals", "keine", "kein", "zu viel", "viel zu viel", "ständig", "stress", "schwierig", "nie unterstützt", "ohne rücksprache", "unfair", "überstunden", "trotzdem", "leider", "furchtbar", "schrecklich", "müde", "erschöpft", "problem", "probleme", "gegangen", "früher gegangen", "ohne", "niedrig", "angespannt", "wenig", "kaum", "schlimm", "chaotisch", "stressig", "konkurrenz", "weniger", "bürokratie", "langsam", "übermäßig", "enttäuschend", "enttäuscht", "schrie", "angeschrien", "unerträglich", "katastrophal", "überlastet", "gekündigt"],
    negators: ["nicht", "kein", "keine", "nie", "ohne"],
    intensifiers: ["sehr", "viel zu", "ständig", "nie", "immer", "total"],
  },
  fr: {
    positive: ["bien", "bon", "bonne", "super", "génial", "complet", "complète", "excellent", "excellente", "agréable", "bienveillant", "bienveillante", "disponible", "content", "contente", "regretterai", "sympa", "juste", "aimé", "apprécié", "formidable", "ça allait", "ca allait"],
    negative: ["mauvais", "mauvaise", "jamais", "horreur", "une horreur", "difficile", "injuste", "fatigué", "fatiguée", "stress", "toxique", "sans", "plus", "problème", "problèmes", "nul", "nulle", "lent", "lente", "épuisé", "épuisée", "bas", "basse", "trop", "excessif", "excessive", "intenable", "insupportable", "épuisant", "épuisante", "criait", "hurlait", "déçu", "déçue", "décevant", "catastrophique", "licenciés", "licenciement"],
    negators: ["ne", "pas", "jamais", "sans", "plus"],
    intensifiers: ["très", "vraiment", "jamais", "toujours", "trop", "franchement", "horreur"],
  },
  pt: {
    positive: ["bom", "boa", "ótimo", "ótima", "completo", "completa", "excelente", "melhor", "agradável", "gostei", "gostava", "feliz", "contente", "justo", "apoio", "colaboração", "legal"],
    negative: ["ruim", "péssimo", "péssima", "tóxico", "tóxica", "nunca", "difícil", "injusto", "cansado", "cansada", "estresse", "fofoca", "pouca", "pouco", "problema", "problemas", "falta", "sem", "pior", "baixo", "baixa", "excessivo", "excessiva", "gritava", "insuportável", "esgotado", "esgotada", "exaustivo", "decepcionante", "demitidos", "sobrecarregado", "sobrecarregada"],
    negators: ["não", "nunca", "sem", "nem"],
    intensifiers: ["muito", "muita", "nunca", "sempre", "demais"],
  },
};

export type ForeignScore = { positive: number; negative: number; strong: boolean };

/**
 * Counts of positive and negative words in one clause. A word counts when its own lexicon says so,
 * unless a negator from the same clause comes right before it; negated praise counts as negative.
 */
export function foreignClauseScore(clause: string, language: Exclude<Language, "en">): ForeignScore {
  const lexicon = lexicons[language];
  const lookup = lookupIn(clause);
  const words = clause.toLowerCase().split(/[^\p{L}]+/u);
  const negatedAt = new Set<number>();
  words.forEach((word, i) => {
    if (lexicon.negators.includes(word)) negatedAt.add(i + 1).add(i + 2);
  });
  const negatedWord = (term: string) => words.some((word, i) => word === term && negatedAt.has(i));
  let positive = 0;
  let negative = 0;
  for (const term of lookup.found(lexicon.positive)) {
    if (negatedWord(term)) negative += 1;
    else positive += 1;
  }
  for (const term of lookup.found(lexicon.negative)) {
    if (!lexicon.negators.includes(term) || !lookup.has(lexicon.positive)) negative += 1;
  }
  return { positive, negative, strong: lookup.has(lexicon.intensifiers) };
}
