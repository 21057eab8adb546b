import { describe, expect, it } from "vitest";
import { checkCitations, quotesOf, readMarker, sentencesOf } from "@/lib/chat/citations";

const lines = ["Jane Roe", "2019 – 2022 Nurse, City Hospital, Leeds", "Led a team of 6 nurses on the night shift", "BSc Nursing, University of Leeds"];

describe("readMarker", () => {
  it("reads one line, several lines, and refuses what is not a marker", () => {
    expect(readMarker("[L3]", 0)).toEqual({ lines: [3], end: 4 });
    expect(readMarker("[L2, L3]", 0)).toEqual({ lines: [2, 3], end: 8 });
    expect(readMarker("[L2,3]", 0)).toEqual({ lines: [2, 3], end: 6 });
    expect(readMarker("[Lx]", 0)).toBeNull();
    expect(readMarker("[L2", 0)).toBeNull();
  });
});

describe("sentencesOf", () => {
  it("gives a marker after the full stop to the sentence before it", () => {
    const sentences = sentencesOf("She was a nurse at City Hospital. [L2] She led 6 nurses [L3].");
    expect(sentences.map((s) => s.lines)).toEqual([[2], [3]]);
  });
  it("does not cut a sentence at a decimal point", () => {
    expect(sentencesOf("A GPA of 3.8 [L4].")).toHaveLength(1);
  });
});

describe("checkCitations", () => {
  it("verifies a sentence that shares words with the line it cites", () => {
    const checked = checkCitations("She worked at City Hospital from 2019 to 2022 [L2].", lines);
    expect(checked.citations).toEqual([{ line: 2, text: lines[1], verified: true }]);
    expect(checked.unchecked).toEqual([]);
  });

  it("marks a citation of a line that does not exist", () => {
    const checked = checkCitations("She was at City Hospital [L40].", lines);
    expect(checked.citations[0]).toMatchObject({ line: 40, verified: false });
    expect(checked.unchecked).toEqual(["She was at City Hospital."]);
  });

  it("marks a quote that the cited line does not hold word for word", () => {
    const checked = checkCitations('The CV says she "led a team of 12 nurses" [L3].', lines);
    expect(checked.citations[0]!.verified).toBe(false);
    expect(checkCitations('The CV says she "led a team of 6 nurses" [L3].', lines).citations[0]!.verified).toBe(true);
  });

  it("marks a sentence whose cited line is about something else", () => {
    const checked = checkCitations("He speaks fluent Mandarin [L4].", lines);
    expect(checked.citations[0]!.verified).toBe(false);
  });

  it("marks an uncited sentence that states a fact, not a verdict", () => {
    const checked = checkCitations("Yes. She also worked at Google in 2015.", lines);
    expect(checked.unchecked).toEqual(["She also worked at Google in 2015."]);
  });

  it("does not treat a plain decline as an unchecked fact", () => {
    expect(checkCitations("The CV does not say what salary she expects.", lines).unchecked).toEqual([]);
  });
});

describe("quotesOf", () => {
  it("reads straight and curly quotes", () => {
    expect(quotesOf('It says "night shift" and “6 nurses”.')).toEqual(["night shift", "6 nurses"]);
  });
});
