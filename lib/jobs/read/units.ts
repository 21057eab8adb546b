import { readHeading, type SectionKind } from "@/lib/jobs/read/headings";
import type { PostingLine } from "@/lib/jobs/read/lines";
import { backReference, eligibility, obligation } from "@/lib/jobs/read/markers";
import { yearsStatements, type YearsStatement } from "@/lib/jobs/read/years";

// A posting cut into the units a requirement is stated in (a list item, a sentence, a clause of a
// requirements paragraph), each with the section it stands in and whether it obliges the candidate.

export type UnitSection = SectionKind | "intro";
export type PostingUnit = {
  text: string;
  /** The posting line the unit was read from, as written. */
  line: string;
  section: UnitSection;
  /** The sentence obliges the candidate ("You should have …", "4+ years of …"), wherever it stands. */
  obliges: boolean;
  /** The years of experience the unit states. */
  years: YearsStatement[];
  /** The list item it stands in is a condition of employment ("Have your work status verified. We will use …"). */
  condition: boolean;
};

// Words ending in a full stop that do not end a sentence.
const abbreviations =
  /(?:\b(?:e\.g|i\.e|etc|vs|incl|inkl|approx|aprox|min|mind|max|no|nr|dr|mr|mrs|ms|st|jr|sr|inc|ltd|co|z\.b|u\.a|ggf|bzw|p\.ej|ca|env|cf)|\b\p{Lu}(?:\.\p{Lu})*)\.$/iu;

/** The sentences of a line: a full stop, "!" or "?" and a space end one, unless it closes an abbreviation. */
export function sentencesOf(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(/[.!?]["'”’)]?\s+(?=["'“‘(]?[\p{Lu}\d])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    if (match[0][0] === "." && abbreviations.test(line.slice(Math.max(start, match.index - 12), match.index + 1))) continue;
    sentences.push(line.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter(Boolean);
}

/** German joins a language or a tool to "Kenntnisse" in one word ("Englischkenntnisse"): read it as two. */
const splitCompounds = (text: string) => text.replace(/(?<=\p{L}{3})kenntnisse(?!\p{L})/gu, " Kenntnisse");

/** A list item "Term - what it means" names the term ("Attention to Detail - This skill is …"). */
function termOfDefinition(text: string): string {
  for (const dash of [" - ", " – ", " — ", ": "]) {
    const at = text.indexOf(dash);
    if (at <= 0) continue;
    const head = text.slice(0, at).trim();
    const tail = text.slice(at + dash.length);
    if (head.split(/\s+/u).length <= 5 && tail.split(/\s+/u).length >= 5) return head;
  }
  return text;
}

export function postingUnits(lines: PostingLine[]): PostingUnit[] {
  const units: PostingUnit[] = [];
  let section: UnitSection = "intro";
  for (const { text: raw, bullet, enumerated } of lines) {
    if (!raw) continue;
    let text = raw;
    const heading = readHeading(raw);
    if (heading) {
      // An enumerated heading ("(A) Skills:") subdivides the section it stands in.
      if ((heading.enumerated || enumerated) && section !== "intro") continue;
      // "Salary: $50,000" labels its own line; "Requirements: …" opens a section.
      if (!(heading.kind === "other" && heading.rest)) section = heading.kind;
      if (!heading.rest) continue;
      text = heading.rest;
    }
    if (bullet || section === "required" || section === "preferred") text = termOfDefinition(text);
    const condition = (bullet || enumerated) && eligibility.test(text);
    let previous: PostingUnit[] = [];
    for (const sentence of sentencesOf(text)) {
      const clauses = sentence.split(/;| — /u).filter((clause) => clause.trim());
      const years = clauses.map((clause) => yearsStatements(clause));
      const obliges = obligation.test(sentence) || years.some((found) => found.some((s) => s.years > 0));
      // "… at least one of these languages" asks for what the sentence before named.
      if (obliges && backReference.test(sentence)) for (const unit of previous) unit.obliges = true;
      previous = clauses.map((clause, i) => ({ text: splitCompounds(clause.trim()), line: raw, section, obliges, years: years[i]!, condition }));
      units.push(...previous);
    }
  }
  return units;
}
