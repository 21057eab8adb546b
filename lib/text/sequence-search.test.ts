import { describe, expect, it } from "vitest";
import { needlesFoundIn, substringsFoundIn } from "@/lib/text/sequence-search";

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const naive = (haystack: number[], needle: number[]) => haystack.some((_, start) => needle.every((symbol, i) => haystack[start + i] === symbol));

describe("sequence search", () => {
  it("finds exactly the needles a search for each would find", () => {
    const next = random(42);
    const sequence = (length: number) => Array.from({ length }, () => Math.floor(next() * 3));
    for (let round = 0; round < 300; round++) {
      const haystack = sequence(Math.floor(next() * 30));
      const needles = Array.from({ length: 10 }, () => sequence(1 + Math.floor(next() * 5)));
      const found = needlesFoundIn(haystack, needles);
      needles.forEach((needle, index) => expect(found.has(index), `${needle} in ${haystack}`).toBe(naive(haystack, needle)));
    }
  });

  it("finds needles that end inside other needles", () => {
    // "bc" ends where "abc" does, and "c" inside both: each must be reported, not only the longest.
    expect(substringsFoundIn("xxabcxx", ["abc", "bc", "c", "abd", ""])).toEqual(new Set(["abc", "bc", "c", ""]));
  });
});
