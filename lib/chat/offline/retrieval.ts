import MiniSearch from "minisearch";
import { searchTerm } from "@/lib/chat/offline/terms";
import { headingKind } from "@/lib/cv/parse/sections";

// BM25+ retrieval over the CV's numbered lines, by minisearch. Lines that address an AI reader are
// never indexed, so nothing they say can come back as evidence.

/** A line found, with the query terms it matched and how many of them it holds exactly (not as a prefix). */
export type Hit = { line: number; score: number; matched: string[]; exact: number };
/**
 * `search` takes a question as typed, or terms already made by `terms` (which must not be cut down
 * to a stem a second time: "charter" would become "chart").
 */
export type LineIndex = { search(query: string | string[], within?: (line: number) => boolean): Hit[]; terms(query: string): string[] };

const tokenize = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

export function indexLines(lines: string[], excluded: Set<number>): LineIndex {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], tokenize, processTerm: (term) => searchTerm(term) ?? null });
  // Section headings ("WORK EXPERIENCE") hold words of every question and none of the answers.
  index.addAll(lines.flatMap((text, i) => (excluded.has(i + 1) || headingKind(text) ? [] : [{ id: i + 1, text }])));
  return {
    search(query, within) {
      const asTerms = Array.isArray(query);
      const results = index.search(asTerms ? query.join(" ") : query, {
        ...(asTerms ? { tokenize: (text: string) => text.split(" "), processTerm: (term: string) => term } : {}),
        // Long words may be written longer in the CV ("architect" / "architecture"); short ones would match too much.
        prefix: (term) => term.length >= 5,
        combineWith: "OR",
        filter: within ? (result) => within(result.id as number) : undefined,
      });
      return results.map((r) => ({
        line: r.id as number,
        score: r.score,
        matched: r.queryTerms,
        exact: r.terms.filter((t) => r.queryTerms.includes(t)).length,
      }));
    },
    terms: (query) => tokenize(query).flatMap((t) => searchTerm(t) ?? []),
  };
}
