import { describe, expect, it } from "vitest";
import { charClass, trimEndWhere, trimStartWhere, trimWhere } from "@/lib/text/trim";

describe("trimming by character class", () => {
  it("removes the class from either end and keeps what is inside", () => {
    const dashOrSpace = charClass(/[-–\s]/);
    expect(trimWhere(" – Senior - Engineer –  ", dashOrSpace)).toBe("Senior - Engineer");
    expect(trimStartWhere("--a--", dashOrSpace)).toBe("a--");
    expect(trimEndWhere("--a--", dashOrSpace)).toBe("--a");
    expect(trimWhere("----", dashOrSpace)).toBe("");
  });

  it("tests a letter outside the Basic Multilingual Plane as one character", () => {
    // 𝐀 is a letter in two UTF-16 units; testing each unit alone would call it no letter and cut it.
    const notLetter = charClass(/[^\p{L}]/u);
    expect(trimWhere("..𝐀bc𝐀..", notLetter)).toBe("𝐀bc𝐀");
    expect(trimWhere("🙂x🙂", notLetter)).toBe("x");
  });
});
