import { charClass, trimWhere } from "@/lib/text/trim";

// Skills a requirement names that the catalogue does not know ("indexing strategies", "Hyperion"):
// the short noun phrases of a list, cleaned of the words around them ("strong grasp of", "skills").

const edge = charClass(/[\s"'“”‘’*_.!?-]/u);
const words = (list: string) => new Set(list.split(" "));

/** Words that lead into a skill without being part of it, in the five languages read. */
const leading = words(
  "a an the any some your our their strong solid deep good great excellent exceptional exemplary distinctive outstanding superb proven demonstrated demonstrable " +
    "relevant professional practical hands-on working basic advanced intermediate core standard modern complex sound thorough extensive previous prior applied " +
    "general broad in-depth expert very highly equally fully effective knowledge understanding understand experience experienced expertise proficiency proficient " +
    "familiarity familiar competence competency competent ability able skills skill skilled grasp command of in with on at for to using use have has having be " +
    "being is are you should must will can candidates candidate ideal demonstrate show least one years year yrs plus minimum at and or ease learn willingness " +
    "willing capable need needs required requires we require also previous un une post-qualification post-qualified pqe industry commercial related " +
    "conocimiento conocimientos de del en con experiencia manejo dominio nivel sólido sólidos sólida sólidas buen buena buenos buenas el la los las un una " +
    "avanzado avanzada básico básica intermedio intermedia y o connaissance connaissances des du avec expérience maîtrise bonne bon bonnes solide solides le les " +
    "une kenntnisse im mit erfahrung sehr gute guten fundierte fundiertes sichere sicherer der die das ein eine einer conhecimento conhecimentos em com experiência " +
    "domínio bom boa o os as um uma",
);
/** Words that close a skill's phrase without naming it ("caching patterns", "Excel avanzado"). */
const trailing = words(
  "skills skill experience knowledge concepts concept frameworks framework tooling pipelines pipeline patterns principles methodologies methodology practices " +
    "abilities level required needed essential is are but and or a basic advanced intermediate fluent native avanzado avanzada básico básica intermedio " +
    "intermedia nivel conocimientos kenntnisse",
);
/** A phrase holding one of these is a sentence or a reference, not a skill's name. */
const stopWords = words(
  "these those this that them it other such etc equivalent related similar all each every who which where when if not no your our their its we you they i " +
    "following above below latest own new something anything various multiple several many more most less same different another per via within across " +
    "junior senior mid-level entry-level mid lead level years year months days hours week weeks",
);
/** A phrase ending in one of these is a category, a setting or a party, not a skill. */
const genericHeads = words(
  "tools tool systems system technologies technology platforms platform languages language solutions approaches approach methods method concepts practices " +
    "services service products product clients client customers customer stakeholders partners teams team users user people organizations organisations " +
    "organization organisation companies company environment environments area areas setting settings field fields role roles position job jobs work things " +
    "issues problems problem tasks task projects project results goals opportunities levels materials details decisions needs members " +
    "staff children patients students classes applications resources offerings offering practices",
);
// One word alone that reads as a description or an action ("communicative", "developing"), not a name.
const describingWord = /(?:ive|ous|ful|al|ent|ant|ible|able|ing|ed|ly)$/u;

const splitWord = (text: string) => text.split(/\s+/u).filter(Boolean);

/** The skill a piece of a requirement names when the catalogue does not know it, or null. */
export function phraseSkill(piece: string, { inBrackets }: { inBrackets: boolean }): string | null {
  const tokens = splitWord(trimWhere(piece, edge));
  let start = 0;
  let end = tokens.length;
  const bare = (token: string) => token.toLowerCase().replace(/['’]s?$/u, "");
  // French elides the article into the word ("d'un ATS", "l'anglais").
  if (tokens.length) tokens[0] = tokens[0]!.replace(/^(?:d|l|qu)['’]/iu, "");
  while (start < end && (leading.has(bare(tokens[start]!)) || /^\d/u.test(tokens[start]!))) start++;
  // A category stays one with its closing word dropped ("engineering best practices").
  if (end > start && genericHeads.has(tokens[end - 1]!.toLowerCase())) return null;
  while (end > start && trailing.has(tokens[end - 1]!.toLowerCase())) end--;
  // "as a commercial electrician" names a capacity, not a skill.
  if (tokens.some((token, i) => token.toLowerCase() === "as" && /^(?:a|an)$/iu.test(tokens[i + 1] ?? ""))) return null;
  const kept = tokens.slice(start, end);
  if (kept.length === 0 || kept.length > 3) return null;
  const lower = kept.map(bare);
  if (lower.some((w) => stopWords.has(w) || /\d/u.test(w) || !/\p{L}/u.test(w))) return null;
  if (genericHeads.has(lower.at(-1)!)) return null;
  const first = kept[0]!;
  const named = /^\p{Lu}/u.test(first);
  // An example in brackets is kept when it is a name ("(Feast or Tecton)"), not a description ("(data drift)").
  if (inBrackets && !named) return null;
  if (kept.length === 1 && (first.length < 2 || (!named && (describingWord.test(lower[0]!) || first.length < 3)))) return null;
  return kept.join(" ");
}
