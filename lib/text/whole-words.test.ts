import { describe, expect, it } from "vitest";
import { wholeWordIndex } from "@/lib/text/whole-words";

/** The rule written as one pattern per term: the term, in any case, with no letter or digit either side. */
const holds = (text: string, term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").test(text);

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("whole-word index", () => {
  it("finds names and figures as whole words, in any case", () => {
    const index = wholeWordIndex("Jane Smith\nSenior Engineer at Acme Corp (2020–2023), built Node.js services; cut costs by 10.5%.");
    expect(index.wholeWordsAmong(["Acme", "acme", "Acm", "Node.js", "Node", "js", "10.5", "10", "5", "Corp", "Smith", "Ltd", "Engineer at Acme"])).toEqual(
      new Set(["Acme", "acme", "Node.js", "Node", "js", "10.5", "10", "5", "Corp", "Smith", "Engineer at Acme"]),
    );
  });

  it("agrees with a pattern per term on random texts and terms", () => {
    const next = random(7);
    const pick = (alphabet: string[], length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    const inner = ["a", "b", "A", "1", ".", " ", "-", "&", "é", "É", "ab", "ba"];
    const edge = ["a", "b", "A", "1", "é", "ab"];
    for (let round = 0; round < 400; round++) {
      const text = pick(inner, 1 + Math.floor(next() * 40));
      const terms = Array.from({ length: 12 }, () => pick(edge, 1) + pick(inner, Math.floor(next() * 4)) + pick(edge, 1));
      const found = wholeWordIndex(text).wholeWordsAmong(terms);
      for (const term of terms) expect(found.has(term), `${JSON.stringify(term)} in ${JSON.stringify(text)}`).toBe(holds(text, term));
    }
  });

  it("reads a term's last letter or digit as its end", () => {
    expect(wholeWordIndex("Research & Development at AT&T.").wholeWordsAmong(["AT&", "Research &", "T."])).toEqual(new Set(["AT&", "Research &", "T."]));
  });
});
