import { profileBounds, sourced, type Sourced } from "@/lib/cv/profile";

// Spoken languages by their names in English, German, French, Spanish, Portuguese and Italian, to
// tell them from programming languages under a "Languages:" label of a skills list.
const spokenLanguages = new Set(
  (
    "english englisch anglais inglés ingles inglês inglese spanish spanisch espagnol español espanol espanhol spagnolo " +
    "french französisch franzoesisch français francais francés frances francês francese german deutsch allemand alemán aleman alemão tedesco " +
    "italian italienisch italien italiano portuguese portugiesisch portugais portugués português portoghese dutch niederländisch néerlandais " +
    "neerlandés holandés flemish polish polnisch polonais polaco polonês russian russisch russe ruso russo ukrainian ukrainisch ukrainien ucraniano " +
    "turkish türkisch turc turco arabic arabisch arabe árabe arabo hebrew hebräisch hébreu hebreo persian farsi persisch persan " +
    "chinese chinesisch chinois chino chinês cinese mandarin cantonese japanese japanisch japonais japonés japonês giapponese korean koreanisch " +
    "coréen coreano hindi urdu bengali punjabi tamil telugu marathi gujarati swedish schwedisch suédois sueco norwegian norwegisch norvégien " +
    "noruego danish dänisch danois danés finnish finnisch finnois finlandés greek griechisch grec griego czech tschechisch tchèque checo " +
    "slovak slowakisch hungarian ungarisch hongrois húngaro romanian rumänisch roumain rumano bulgarian bulgarisch croatian kroatisch serbian " +
    "serbisch slovenian albanian albanisch catalan katalanisch catalán català valenciano valencian basque baskisch euskera galician gallego " +
    "galego irish welsh swahili afrikaans zulu amharic somali vietnamese vietnamesisch vietnamien vietnamita thai thailändisch indonesian " +
    "indonesisch malay malaiisch tagalog filipino latin latein latín lithuanian latvian estonian icelandic maltese luxembourgish kurdish " +
    "英语 汉语 中文 普通话 粤语 日语 韩语 法语 德语 西班牙语 俄语"
  ).split(" "),
);

// How well a language is spoken: said beside the name, never a language itself.
const levelWords =
  /^(?:native(?: speaker)?|mother tongue|bilingual|fluent|fluency|proficient|professional(?: working)?(?: proficiency)?|full professional|working(?: proficiency)?|limited|conversational|basic|elementary|intermediate|upper intermediate|advanced|beginner|good|very good|excellent|business|[abc][12](?:\/[abc][12])?|muttersprache|fließend|verhandlungssicher|sehr gut|gut|gute kenntnisse|grundkenntnisse|langue maternelle|maternelle|natif|courant|bilingue|notions|scolaire|nativo|nativa|lengua materna|básico|basico|intermedio|avanzado|fluido|fluida|materna|nativo\/a)$/iu;

// Starts only where a run of spaces starts: from inside one it would read the rest of it again.
const itemSeparators = /(?<!\s)\s*(?:,|;|·|•|\||\/| {2,}|\t|\s[–-]\s)\s*/;
const languageLabel =
  /(?:^|\s|•)(?:human languages|spoken languages|languages?|sprachen|sprachkenntnisse|idiomas|langues|lingue|línguas|语言)\s*(?::|\s(?=\p{Lu}))/iu;

/** The language an item names, without its level: "English (native)" → "English", "Deutsch: Muttersprache" → "Deutsch". */
function languageIn(item: string): string | null {
  const level = item.search(/[(:［[]/u);
  const name = (level < 0 ? item : item.slice(0, level))
    .replace(/^[•◦*\-–]\s*/, "")
    .replace(/[○●★☆◦▪■□\d/%.]+/gu, "")
    .trim();
  if (!name || levelWords.test(name) || name.split(/\s+/).length > 3) return null;
  return /^[\p{Lu}\p{Script=Han}]/u.test(name) ? name : null;
}

const isSpoken = (name: string) => spokenLanguages.has(name.toLowerCase());

/**
 * The spoken languages a CV lists, by name as it writes them: every item of a languages section
 * ("English (native), Spanish (B2)", one per line, a table with levels, "Deutsch – Muttersprache"),
 * and the known language names under a "Languages:" label elsewhere (a skills list, an extra section).
 */
export function findLanguages(sectionLines: string[], allLines: string[]): Sourced[] {
  const out: Sourced[] = [];
  const seen = new Set<string>();
  const add = (name: string, line: string) => {
    if (seen.has(name.toLowerCase()) || out.length >= profileBounds.items) return;
    seen.add(name.toLowerCase());
    out.push(sourced(name, line, 0.7));
  };
  for (const line of sectionLines) {
    // Levels in brackets may hold separators of their own ("Englisch (gute Kenntnisse, B1)").
    for (const item of line.replace(/\([^()]*\)/g, " ").split(itemSeparators)) {
      const name = languageIn(item);
      // A name no list knows counts when it is one word: what else runs into the section is not.
      if (name && (name.split(/\s+/).some(isSpoken) || /^\p{Lu}\p{Ll}+$/u.test(name))) add(name, line);
    }
  }
  allLines.forEach((line, index) => {
    // "英语：CET6 620", "English: C1": a language named as the label of its level.
    const named = /^([\p{L}]+)\s*[:：]/u.exec(line.trim());
    if (named && isSpoken(named[1]!) && line.split(/\s+/).length <= 6) add(named[1]!, line);
    const label = languageLabel.exec(line);
    if (!label) return;
    const rest = line.slice(label.index + label[0].length);
    // A label alone on its line heads a short list below it.
    const listed = rest.trim() ? [line] : allLines.slice(index + 1, index + 5);
    for (const listLine of listed) {
      const text = listLine === line ? rest : listLine;
      for (const word of text.split(/[^\p{L}]+/u)) if (isSpoken(word)) add(word, listLine);
    }
  });
  return out;
}
