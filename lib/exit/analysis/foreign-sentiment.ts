import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import type { Language } from "@/lib/exit/analysis/language";

// A small general lexicon of everyday praise and complaint per language, for answers the English
// scorer cannot read. A negator just before a word ("no", "nicht", "pas", "não") flips it.

type Polarity = { positive: Lexicon; negative: Lexicon; negators: Lexicon; intensifiers: Lexicon };

// prettier-ignore
const lexicons: Record<Exclude<Language, "en">, Polarity> = {
  es: {
    positive: ["bueno", "buena", "buen", "bien", "excelente", "genial", "agradable", "contento", "contenta", "feliz", "encantó", "gustaba", "gustó", "compañerismo", "apoyo", "justo", "justa", "mejor", "útil", "amable", "amables", "disponible", "agradecido", "agradecida", "recomiendo", "echaré de menos", "echar de menos", "flexible", "respeto", "estupendo", "estupenda", "maravilloso", "maravillosa", "fantástico", "fantástica", "increíble", "satisfecho", "satisfecha", "orgulloso", "orgullosa", "aprendí", "respetuoso", "respetuosos", "cercano", "cercana", "tranquilo", "gracias", "claro", "clara", "muy bien"],
    negative: ["malo", "mala", "mal", "peor", "difícil", "horrible", "terrible", "tóxico", "tóxica", "injusto", "injusta", "cansado", "cansada", "agotado", "agotada", "agotador", "estrés", "demasiado", "falta", "problema", "problemas", "quejas", "imposible", "excesivo", "excesiva", "fatal", "gritos", "humillante", "insoportable", "despidos", "bajo", "baja", "nunca", "nadie", "presión", "sobrecarga", "horas extra", "precario", "desorganizado", "desorganizada", "caos", "injusticia", "acoso", "aburrido", "aburrida", "frustrado", "frustrada", "frustrante", "decepcionado", "decepcionada", "triste", "lamentable", "pésimo", "pésima", "estresado", "estresada", "ignorado", "ignorada", "quemado", "quemada", "no hubo", "no había", "sin", "ninguna", "ninguno", "no podía", "gritaba", "gritar", "humillaba", "despidieron", "lento", "lenta"],
    negators: ["no", "nunca", "ni", "sin"],
    intensifiers: ["muy", "mucho", "mucha", "demasiado", "siempre", "nunca"],
  },
  de: {
    positive: ["gut", "toll", "super", "prima", "freundlich", "hilfsbereit", "zufrieden", "gerne", "fair", "kollegial", "angenehm", "hervorragend", "spaß", "unterstützt", "dankbar", "flexibel", "vermissen", "respekt", "wunderbar", "großartig", "klasse", "hilfreich", "respektvoll", "gelernt", "stolz", "glücklich", "entspannt", "spannend", "interessant", "danke", "geschätzt"],
    negative: ["schlecht", "nie", "niemals", "zu viel", "ständig", "stress", "stressig", "schwierig", "unfair", "überstunden", "leider", "furchtbar", "schrecklich", "müde", "erschöpft", "problem", "probleme", "niedrig", "kaum", "schlimm", "chaotisch", "enttäuschend", "enttäuscht", "unerträglich", "katastrophal", "überlastet", "giftig", "toxisch", "druck", "überlastung", "chaos", "ungerecht", "mobbing", "langweilig", "frustriert", "frustrierend", "traurig", "ignoriert", "ausgebrannt", "burnout", "mies", "miserabel", "unterbezahlt", "belastend", "anstrengend", "kein", "keine", "fehlt", "fehlte", "mangel", "wenig", "weniger", "langsam", "übermäßig", "schrie", "angeschrien", "ohne", "bürokratie", "angespannt", "gekündigt"],
    negators: ["nicht", "kein", "keine", "nie", "ohne"],
    intensifiers: ["sehr", "viel zu", "ständig", "immer", "total", "nie"],
  },
  fr: {
    positive: ["bien", "bon", "bonne", "super", "génial", "excellent", "excellente", "agréable", "bienveillant", "bienveillante", "disponible", "content", "contente", "regretterai", "sympa", "juste", "aimé", "apprécié", "formidable", "flexible", "respect", "merveilleux", "magnifique", "satisfait", "satisfaite", "fier", "fière", "appris", "respectueux", "respectueuse", "heureux", "heureuse", "intéressant", "intéressante", "merci", "épanouissant", "soutien", "soutenu", "soutenue"],
    negative: ["mauvais", "mauvaise", "jamais", "horreur", "horrible", "difficile", "injuste", "fatigué", "fatiguée", "stress", "toxique", "problème", "problèmes", "nul", "nulle", "lent", "lente", "épuisé", "épuisée", "épuisant", "trop", "bas", "basse", "excessif", "excessive", "intenable", "insupportable", "déçu", "déçue", "décevant", "catastrophique", "licenciement", "pression", "surcharge", "chaos", "injustice", "harcèlement", "ennuyeux", "frustré", "frustrée", "frustrant", "triste", "ignoré", "ignorée", "mal payé", "sous-payé", "pénible", "stressant", "stressé", "stressée", "désorganisé", "désorganisée", "lourdeur", "lourd", "aucun", "aucune", "pas de", "manque", "sans", "criait", "hurlait", "licenciés"],
    negators: ["ne", "pas", "jamais", "sans", "plus"],
    intensifiers: ["très", "vraiment", "toujours", "trop", "jamais"],
  },
  pt: {
    positive: ["bom", "boa", "ótimo", "ótima", "excelente", "melhor", "agradável", "gostei", "gostava", "feliz", "contente", "justo", "justa", "apoio", "colaboração", "legal", "flexível", "respeito", "saudades", "maravilhoso", "maravilhosa", "fantástico", "fantástica", "incrível", "satisfeito", "satisfeita", "orgulhoso", "orgulhosa", "aprendi", "respeitoso", "respeitosa", "tranquilo", "obrigado", "obrigada", "interessante", "ajudou", "ajudaram", "claro", "clara"],
    negative: ["ruim", "péssimo", "péssima", "tóxico", "tóxica", "difícil", "injusto", "injusta", "cansado", "cansada", "estresse", "fofoca", "pouca", "pouco", "problema", "problemas", "falta", "pior", "baixo", "baixa", "excessivo", "excessiva", "insuportável", "esgotado", "esgotada", "exaustivo", "decepcionante", "demissões", "sobrecarregado", "sobrecarregada", "nunca", "pressão", "sobrecarga", "caos", "injustiça", "assédio", "chato", "chata", "frustrado", "frustrada", "frustrante", "triste", "ignorado", "ignorada", "mal pago", "desorganizado", "desorganizada", "estressado", "estressada", "horas extras", "esgotante", "lamentável", "sem", "nenhum", "nenhuma", "não havia", "não tinha", "gritava", "demitidos", "lento", "lenta"],
    negators: ["não", "nunca", "sem", "nem"],
    intensifiers: ["muito", "muita", "sempre", "demais", "nunca"],
  },
};

export type ForeignScore = { positive: number; negative: number; strong: boolean };

const germanEndings = ["en", "er", "es", "e", "n"];

/**
 * A light stem: plural and gender endings off, so "impossibles", "cansadas" and "viele" meet the
 * lexicon's "impossible", "cansado" and "viel". Short words are left whole.
 */
export function stemOf(word: string, language: Exclude<Language, "en">): string {
  let stem = word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word;
  if (language === "de") {
    const ending = germanEndings.find((end) => stem.length > end.length + 3 && stem.endsWith(end));
    return ending ? stem.slice(0, -ending.length) : stem;
  }
  if (stem.length > 3 && /[aeo]$/u.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

const stemmedText = (text: string, language: Exclude<Language, "en">) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((word) => stemOf(word, language));

const stemmedLexicon = (terms: Lexicon, language: Exclude<Language, "en">) => terms.map((term) => stemmedText(term, language).join(" "));

function stemmedPolarity(language: Exclude<Language, "en">): Polarity {
  const { positive, negative, negators, intensifiers } = lexicons[language];
  return {
    positive: stemmedLexicon(positive, language),
    negative: stemmedLexicon(negative, language),
    negators: stemmedLexicon(negators, language),
    intensifiers: stemmedLexicon(intensifiers, language),
  };
}

const stemmedLexicons: Record<Exclude<Language, "en">, Polarity> = {
  es: stemmedPolarity("es"),
  de: stemmedPolarity("de"),
  fr: stemmedPolarity("fr"),
  pt: stemmedPolarity("pt"),
};

/**
 * Counts of positive and negative words in one clause, read by their stems. A word counts when its
 * own lexicon says so, unless a negator from the same clause comes right before it; negated praise
 * counts as negative.
 */
export function foreignClauseScore(clause: string, language: Exclude<Language, "en">): ForeignScore {
  const lexicon = stemmedLexicons[language];
  const words = stemmedText(clause, language);
  const lookup = lookupIn(words.join(" "));
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
