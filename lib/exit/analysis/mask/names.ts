import { languageOf } from "@/lib/exit/analysis/language";
import { isVocabularyWord, taggedWords } from "@/lib/exit/analysis/lexicon-scorer";
import type { FoundSpan } from "@/lib/exit/analysis/mask/spans";
import { themeLexicon } from "@/lib/exit/analysis/theme-lexicon";

// People's names. English text is tagged by wink-nlp, whose proper-noun tag finds capitalised names
// that are not sentence starts; places and organisations are told apart by the words around them
// ("moving to Lisbon", "the Leeds office", "Harrow & Vance"). Every language also gets the cues
// that introduce a person: a title, a role ("my manager, X"), "named", the known names.

type Word = { text: string; start: number; end: number; pos: string };

/** wink's tokens with their offsets in the text, found by reading the text forward once. */
function wordsWithOffsets(text: string): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  for (const { text: word, pos } of taggedWords(text)) {
    const at = text.indexOf(word, cursor);
    if (at < 0) continue;
    words.push({ text: word, start: at, end: at + word.length, pos });
    cursor = at + word.length;
  }
  return words;
}

const titles = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "sr", "sra", "herr", "frau", "mme", "m"]);
// prettier-ignore
const personCues = new Set([
  "manager", "supervisor", "boss", "lead", "leader", "named", "called", "buddy", "colleague", "colleagues", "mentor", "director",
  "ask", "thank", "thanks", "jefe", "jefa", "responsable", "encargado", "encargada", "chef", "chefin", "kollege", "kollegin",
  "chefe", "colega", "gerente", "teamleiter", "teamleiterin", "compañero", "compañera", "collègue", "supervisora", "coordinator",
  "tell", "told", "asked", "avec", "con", "mit", "com", "contigo", "called",
]);
// prettier-ignore
const placePreps = new Set(["for", "in", "at", "from", "near", "into", "across", "around", "outside", "inside", "via", "towards", "of", "en", "desde", "nach", "aus", "em", "para", "à", "au", "de"]);
// prettier-ignore
const motionVerbs = new Set(["posted", "transferred", "transferring", "move", "moving", "moved", "relocate", "relocating", "relocated", "go", "going", "went", "back", "travel", "travelling", "commute", "commuting", "trip", "fly", "flying", "drive", "driving", "voy", "vamos", "ir", "fui", "mudamos", "volver", "viajar", "llegar"]);
// prettier-ignore
const organisationWords = new Set(["office", "offices", "branch", "site", "park", "street", "road", "ltd", "inc", "plc", "llc", "gmbh", "group", "university", "hospital", "council", "bank", "airport", "station", "centre", "center", "campus", "&", "and co", "team", "store", "warehouse", "depot", "plant", "city", "county"]);
// prettier-ignore
const notPeople = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "english", "i",
  "slack", "teams", "jira", "confluence", "excel", "outlook", "zoom", "sharepoint", "salesforce", "workday", "google",
  "microsoft", "amazon", "apple", "linkedin", "glassdoor", "whatsapp", "word", "powerpoint", "github", "figma", "notion",
  "trello", "asana", "covid", "brexit", "everything", "everybody", "everyone", "nobody", "someone", "somebody", "anyone", "anybody", "ok", "okay", "yes", "no", "hr", "it", "sí", "oh", "dear", "hello", "hi",
]);
/** Words the theme taxonomy uses are topics ("Onboarding was smooth"), never people. */
const topicWords = new Set(Object.values(themeLexicon).flatMap(({ terms }) => terms.filter((term) => !term.includes(" "))));
const nameShaped = (word: string) =>
  /^\p{Lu}(?:\p{Ll}+|'\p{Lu}\p{Ll}+)(?:['-]\p{Lu}?\p{Ll}+)*$/u.test(word) && !notPeople.has(word.toLowerCase()) && !topicWords.has(word.toLowerCase());
const sentenceEnd = (word: Word | undefined) => !word || /^[.!?:;"]+$/.test(word.text);

/** "Forklifts", "Scanners": the plural of an everyday word is a thing, not a person. */
const pluralOfWord = (word: string) =>
  word.length > 3 && /s$/i.test(word) && (isVocabularyWord(word.slice(0, -1)) || (/es$/i.test(word) && isVocabularyWord(word.slice(0, -2))));
const linksAfterName = new Set(["in", "from", "at", "and", ","]);
/** Verbs that agree with a plural subject: "Devs are great" speaks of a group, not a person. */
const pluralVerbs = new Set(["are", "were", "have", "do", "don't", "aren't", "weren't", "haven't"]);
/** Words that open sentences in the other languages without being names: pronouns and articles. */
// prettier-ignore
const foreignOpeners = new Set([
  "el", "la", "los", "las", "él", "ella", "ellos", "eso", "esto", "mi", "su", "nos", "me", "todo", "nada", "pero", "y", "yo", "aquí", "allí",
  "il", "elle", "ils", "elles", "on", "ce", "ça", "cela", "le", "les", "mon", "ma", "mes", "nous", "vous", "tout", "rien", "je", "j'ai", "et", "mais", "ici",
  "ele", "ela", "eles", "isso", "isto", "o", "a", "os", "as", "meu", "minha", "nós", "tudo", "eu", "e", "mas", "aqui",
  "er", "sie", "es", "das", "der", "die", "den", "dem", "wir", "ihr", "mein", "meine", "alles", "nichts", "ich", "und", "aber", "hier",
  "no", "não", "non", "nein", "sí", "si", "oui", "ja", "sim", "muy", "très", "sehr", "muito", "bien", "bueno", "pues", "bon", "alors", "also", "bem", "nunca", "jamais", "nie",
]);
/** Verbs that follow a person opening a sentence in the other languages: "Claire est juste", "Marisa era". */
// prettier-ignore
const foreignPersonVerbs = new Set(["es", "era", "fue", "está", "estaba", "dijo", "siempre", "nunca", "est", "était", "a", "m'a", "dit", "ne", "n'est", "n'a", "ist", "war", "hat", "hatte", "sagte", "é", "foi", "estava", "disse", "sempre"]);
/** Words after which a lower-case, unknown word is a person: "my manager priya", "I worked with kofi". */
const lowerCaseNameCues = new Set(["manager", "supervisor", "boss", "lead", "colleague", "mentor", "buddy", "with", "named", "called"]);

function isPerson(words: readonly Word[], from: number, to: number, english: boolean, known: Set<string>): boolean {
  const run = words.slice(from, to + 1);
  if (run.some((w) => known.has(w.text.toLowerCase()))) return true;
  const prevIndex = words[from - 1]?.text === "," ? from - 2 : from - 1;
  const prev = words[prevIndex]?.text.toLowerCase() ?? "";
  const beforePrev = words[prevIndex - 1]?.text.toLowerCase() ?? "";
  if (titles.has(prev.replace(/\.$/, "")) || personCues.has(prev)) return true;
  const after = words.slice(to + 1, to + 4).map((w) => w.text.toLowerCase());
  if (after[0] === "," && ["my", "our", "the", "mi", "mein", "meine", "ma", "mon", "minha", "meu"].includes(after[1] ?? "") && personCues.has(after[2] ?? ""))
    return true;
  if (!english) {
    const next = words[to + 1]?.text.toLowerCase() ?? "";
    const opensWithPerson = sentenceEnd(words[from - 1]) && !foreignOpeners.has(run[0]!.text.toLowerCase()) && foreignPersonVerbs.has(next);
    return opensWithPerson || (prev === "a" && !motionVerbs.has(beforePrev) && from > 1);
  }
  if (!run.every((w) => w.pos === "PROPN")) return false;
  if (placePreps.has(prev) || (prev === "to" && motionVerbs.has(beforePrev))) return false;
  if (organisationWords.has(after[0] ?? "") || prev === "&" || /^\d/.test(after[0] ?? "")) return false;
  if (sentenceEnd(words[from - 1])) {
    // A capitalised first word is a name only if English does not know it as a word: "Salary was
    // OK" is not about a person, "Kacper was" is.
    if (run.every((w) => isVocabularyWord(w.text) || pluralOfWord(w.text))) return false;
    const next = words[to + 1];
    if (pluralVerbs.has(next?.text.toLowerCase() ?? "")) return false;
    // "Maria Duarte, date of birth ...": a first and last name, neither an English word.
    if (run.length > 1 && run.every((w) => !isVocabularyWord(w.text))) return true;
    // "Dave in accounts was ...", "Bartek and Ines ...": an unknown word opening a sentence before a verb or a link.
    return next !== undefined && (next.pos === "AUX" || next.pos === "VERB" || next.text === "'s" || linksAfterName.has(next.text.toLowerCase()));
  }
  return true;
}

/** Every occurrence of a name found anywhere in the text: "Marco" is masked everywhere once seen. */
export function findNames(text: string, knownNames: readonly string[] = []): FoundSpan[] {
  const words = wordsWithOffsets(text);
  const known = new Set(knownNames.flatMap((name) => name.toLowerCase().split(/\s+/)).filter((part) => part.length > 1));
  const english = languageOf(text) === "en";
  const nameWords = new Set<string>(known);
  for (let i = 0; i < words.length; i++) {
    if (!nameShaped(words[i]!.text) && !known.has(words[i]!.text.toLowerCase())) continue;
    let j = i;
    while (j + 1 < words.length && j < i + 2 && nameShaped(words[j + 1]!.text)) j++;
    // "Ask Siobhan, ...": an English word opening the sentence is not part of the name that follows it.
    if (j > i && english && sentenceEnd(words[i - 1]) && isVocabularyWord(words[i]!.text) && !titles.has(words[i]!.text.toLowerCase())) continue;
    // "Mr Okafor", "Frau Becker": a title opening the run makes the rest a name, and is not part of it.
    const titled = titles.has(words[i]!.text.toLowerCase()) && j > i;
    const run = words.slice(titled ? i + 1 : i, j + 1);
    const knownInRun = run.filter((w) => known.has(w.text.toLowerCase()));
    // A known name inside a run ("Ask Jo") is the name; the other capitalised words are not.
    if (knownInRun.length) for (const w of knownInRun) nameWords.add(w.text.toLowerCase());
    else if (titled || isPerson(words, i, j, english, known)) for (const w of run) nameWords.add(w.text.toLowerCase());
    i = j;
  }
  const lowerCaseNames = new Set<string>();
  words.forEach((word, i) => {
    const prev = words[i - 1]?.text.toLowerCase() ?? "";
    const bare = word.text;
    const unknownLowerCase = /^\p{Ll}{3,}$/u.test(bare) && !isVocabularyWord(bare) && !notPeople.has(bare) && !topicWords.has(bare);
    if (english && lowerCaseNameCues.has(prev) && unknownLowerCase) lowerCaseNames.add(bare);
  });
  const spans: FoundSpan[] = [];
  const isKnown = (i: number) => known.has(words[i]?.text.toLowerCase() ?? "");
  for (const [i, word] of words.entries()) {
    const lower = word.text.toLowerCase();
    // A known name (the employee's, the manager's) is masked however it was typed ("john said…"),
    // unless in lower case it is an everyday word on its own ("I will", for a manager called Will);
    // beside another part of a known name ("sam okafor") it is the name.
    const lowerCaseKnown = known.has(lower) && (!isVocabularyWord(word.text) || isKnown(i - 1) || isKnown(i + 1));
    const named = nameWords.has(lower) && (/^\p{Lu}/u.test(word.text) || lowerCaseKnown);
    if (!named && !lowerCaseNames.has(lower)) continue;
    const last = spans.at(-1);
    if (last && text.slice(last.end, word.start).trim() === "") last.end = word.end;
    else spans.push({ type: "name", start: word.start, end: word.end });
  }
  return spans;
}
