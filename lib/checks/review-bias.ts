import { matchesOf, termPattern, type CheckInput, type Finding } from "@/lib/checks/types";
import { personalityWords, superlatives } from "@/lib/checks/word-lists";

// A sentence that backs a superlative up: a number, a date or an explicit example.
const evidence =
  /\d|\b(for example|for instance|e\.g\.|such as|when (?:she|he|they)|in (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

/** The first index in the sorted `positions` whose value is at least `value`. */
function firstAtLeast(positions: number[], value: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether the sentence around a span (from the last "." or line break before it to the first after
 * it) holds evidence. Each sentence is read once, however many superlatives it has.
 */
function evidenceAround(text: string): (start: number, end: number) => boolean {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === "." || text[i] === "\n") stops.push(i);
  const known = new Map<string, boolean>();
  return (start, end) => {
    const before = firstAtLeast(stops, start + 1) - 1;
    const after = firstAtLeast(stops, end);
    const from = before >= 0 ? stops[before]! + 1 : 0;
    const to = after < stops.length ? stops[after]! : text.length;
    const key = `${from}:${to}`;
    if (!known.has(key)) known.set(key, evidence.test(text.slice(from, to)));
    return known.get(key)!;
  };
}

/** Personality-based feedback, and superlatives with no evidence in the same sentence. */
export function checkReviewBias({ text }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const term of personalityWords) {
    for (const m of matchesOf(text, termPattern(term))) {
      findings.push({
        check: "review-bias",
        kind: "personality",
        message: `“${m.quote}” judges personality, not behaviour.`,
        suggestion: "Describe what the person did and its effect (e.g. “interrupted others in planning meetings”).",
        ...m,
      });
    }
  }
  const hasEvidence = evidenceAround(text);
  for (const term of superlatives) {
    for (const m of matchesOf(text, termPattern(term))) {
      if (hasEvidence(m.start, m.end)) continue;
      findings.push({
        check: "review-bias",
        kind: "unsupported-superlative",
        message: `“${m.quote}” is not backed by an example or a number in this sentence.`,
        suggestion: "Add the evidence, or use a measured word.",
        ...m,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
