import { describe, expect, it } from "vitest";
import { withIdiomsPlain } from "@/lib/exit/analysis/idioms";

describe("withIdiomsPlain", () => {
  it("replaces idioms a word lexicon misreads, in lower case", () => {
    expect(withIdiomsPlain("Shout-out to the night team, they had my back.")).toBe("thanks to the night team, they supported me.");
  });
  it("leaves other text as it is apart from case", () => {
    expect(withIdiomsPlain("The Rota Was Late")).toBe("the rota was late");
  });
});
