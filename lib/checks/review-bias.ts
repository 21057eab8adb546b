import { matchesOf, termPattern, type CheckInput, type Finding } from "@/lib/checks/types";
import { personalityWords, superlatives } from "@/lib/checks/word-lists";

// A sentence that backs a superlative up: a number, a date or an explicit example.
const evidence = /\d|\b(for example|for instance|e\.g\.|such as|when (?:she|he|they)|in (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(".", start), text.lastIndexOf("\n", start)) + 1;
  const stops = [text.indexOf(".", end), text.indexOf("\n", end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/** Personality-based feedback, and superlatives with no evidence in the same sentence. */
export function checkReviewBias({ text }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const term of personalityWords) {
    for (const m of matchesOf(text, termPattern(term))) {
      findings.push({ check: "review-bias", kind: "personality", message: `“${m.quote}” judges personality, not behaviour.`, suggestion: "Describe what the person did and its effect (e.g. “interrupted others in planning meetings”).", ...m });
    }
  }
  for (const term of superlatives) {
    for (const m of matchesOf(text, termPattern(term))) {
      if (evidence.test(sentenceAround(text, m.start, m.end))) continue;
      findings.push({ check: "review-bias", kind: "unsupported-superlative", message: `“${m.quote}” is not backed by an example or a number in this sentence.`, suggestion: "Add the evidence, or use a measured word.", ...m });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
