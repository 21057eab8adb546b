import { namesStudies } from "@/lib/jobs/read/education";
import { attitude, dutyStatement, eligibility, leadingMarker, optionalFrom, outcome, preferredMarker } from "@/lib/jobs/read/markers";
import { phraseSkill } from "@/lib/jobs/read/phrases";
import { skillSpans } from "@/lib/skills/spans";

// One requirement (a list item, a clause of a requirements paragraph, an obliging sentence) read for
// the skills it names: catalogue skills by any alias, and short phrases of its lists for the rest.

export type ItemSkill = { name: string; preferred: boolean; known: boolean };

const placeholder = "\uE000";
const allPreferredMarkers = new RegExp(`${preferredMarker.source}|${leadingMarker.source}`, "giu");
// Where a list breaks into its members; examples and brackets say what came before was a category.
// The item's spaces are single by then, so no run of them is read twice.
const separator =
  /,|;| (?:and\/or|and|or|&|as well as|plus|y|o|e|et|ou|und|oder|bzw\.?) | ?\/ ?|\(|\)|\[|\]|:|(?<![\p{L}\p{N}])(?:e\.g\.|i\.e\.|eg\.|incl\.|z\. ?b\.) ?| (?:such as|like|including|for example|for instance|especially|in particular|por ejemplo|tales como|como|incluyendo|comme|notamment|tels que|wie|insbesondere|incluindo) /giu;
// Past these words a long sentence lists what it asks for.
const cue =
  /(?<![\p{L}\p{N}])(?:experience (?:with|in|using)|knowledge (?:of|in)|proficien(?:t|cy) (?:in|with)|familiar(?:ity)? with|grasp of|understanding of|understand|expertise (?:in|with)|skills? (?:in|with)|command of|fluen(?:t|cy) in|competen(?:t|ce|cy) (?:in|with)|background in|such as|including|like|for example|experiencia (?:en|con)|conocimientos? (?:de|en)|manejo de|dominio de|dominas|exp[ée]rience (?:en|avec|de)|connaissances? (?:de|en|des)|ma[îi]trise (?:de|des|du)|erfahrung (?:in|mit)|kenntnisse (?:in|von|im)|experi[êe]ncia (?:em|com)|conhecimentos? (?:de|em))(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])e\.g\./iu;

const categoryBeforeExamples = /^ (?:tools|platforms|software|solutions|systems|suites?) ?(?:\(|,? (?:e\.g\.|such as|like|including))/iu;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Whether nothing in the item is a skill: conditions, attitudes, outcomes, or the duties themselves. */
export function namesNoSkill(item: string): boolean {
  const text = item.trim();
  // A line that leads into a list ("For each job, provide:") and a line about studies name none either.
  return text.endsWith(":") || namesStudies(text) || eligibility.test(text) || attitude.test(text) || outcome.test(text) || dutyStatement.test(text);
}

/**
 * The skills one requirement names, each marked preferred when the item says so ("… is a plus") or
 * its own bracket does ("Power Platform (deseable)"). Short phrases are read from a short item
 * whole, and from a long sentence only past a word that opens its list ("experience with …").
 */
export function itemSkills(written: string, preferredSection: boolean): ItemSkill[] {
  if (namesNoSkill(written)) return [];
  const item = written.replace(/(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)\S*/giu, " ").replace(/\s+/gu, " ");
  const spans = skillSpans(item);
  let masked = "";
  let at = 0;
  for (const span of spans) {
    masked += item.slice(at, span.start) + placeholder;
    at = span.end;
  }
  masked += item.slice(at);

  // Brackets blanked to the same length, so positions still hold: a bracket's marker is its item's own.
  const withoutBrackets = masked.replace(/\([^()]*\)/gu, (bracket) => " ".repeat(bracket.length));
  const optionalAt = optionalFrom(withoutBrackets);
  const cueAt = wordCount(withoutBrackets) <= 8 ? 0 : (cue.exec(masked)?.index ?? -1);

  // "analytics tools (Amplitude, Heap)" names a kind of tool by its examples: the examples are the skills.
  const categoryAt = new Set<number>();
  masked.split(placeholder).forEach((after, i) => {
    if (i > 0 && categoryBeforeExamples.test(after)) categoryAt.add(i - 1);
  });

  const found: ItemSkill[] = [];
  let spanIndex = 0;
  let depth = 0;
  let pieceStart = 0;
  let bracketMarked = false;
  const pieces: { text: string; start: number; inBrackets: boolean }[] = [];
  for (const match of masked.matchAll(separator)) {
    pieces.push({ text: masked.slice(pieceStart, match.index), start: pieceStart, inBrackets: depth > 0 });
    if (match[0] === "(" || match[0] === "[") depth++;
    if ((match[0] === ")" || match[0] === "]") && depth > 0) depth--;
    pieceStart = match.index + match[0].length;
  }
  pieces.push({ text: masked.slice(pieceStart), start: pieceStart, inBrackets: depth > 0 });

  // A bracket that marks its item optional ("Tableau (deseable)") marks the piece before it.
  const preferredPieces = new Set<number>();
  pieces.forEach((piece, i) => {
    if (piece.inBrackets && preferredMarker.test(piece.text)) {
      let j = i - 1;
      while (j >= 0 && pieces[j]!.inBrackets) j--;
      if (j >= 0) preferredPieces.add(j);
      bracketMarked = true;
    }
  });

  pieces.forEach((piece, i) => {
    const preferred =
      preferredSection ||
      piece.start + piece.text.length > optionalAt ||
      preferredPieces.has(i) ||
      (bracketMarked && piece.inBrackets && preferredMarker.test(piece.text));
    const holds = piece.text.split(placeholder).length - 1;
    for (let k = 0; k < holds; k++, spanIndex++) if (!categoryAt.has(spanIndex)) found.push({ name: spans[spanIndex]!.skill.name, preferred, known: true });
    if (holds > 0 || cueAt < 0 || piece.start + piece.text.length <= cueAt) return;
    const text = piece.text.replace(allPreferredMarkers, " ");
    const phrase = phraseSkill(text, { inBrackets: piece.inBrackets });
    if (phrase) found.push({ name: phrase, preferred, known: false });
  });
  return found;
}
