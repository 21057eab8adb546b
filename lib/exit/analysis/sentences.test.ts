import { describe, expect, it } from "vitest";
import { clausesOf, sentencesOf } from "@/lib/exit/analysis/sentences";

describe("sentencesOf", () => {
  it("splits on sentence ends but not inside numbers", () => {
    expect(sentencesOf("Pay rose 2.5% last year. Not enough! Why?")).toEqual(["Pay rose 2.5% last year.", "Not enough!", "Why?"]);
  });
  it("keeps an ellipsis inside one sentence and drops empty pieces", () => {
    expect(sentencesOf("Well... it was hard.  ")).toEqual(["Well... it was hard."]);
  });
  it("does not end a sentence inside an address or after an abbreviation", () => {
    const email = "Write to jo.bloggs@example.org today.";
    expect(sentencesOf(email)).toEqual([email]);
    expect(sentencesOf("It's employee no. 4471. Thanks.")).toEqual(["It's employee no. 4471.", "Thanks."]);
    expect(sentencesOf("Ask Mr. Brown. He knows.")).toEqual(["Ask Mr. Brown.", "He knows."]);
  });
  it("still ends a one-word answer", () => {
    expect(sentencesOf("No. It was fine.")).toEqual(["No.", "It was fine."]);
  });
});

describe("clausesOf", () => {
  it("cuts before a contrast word", () => {
    expect(clausesOf("The canteen was nice, but the pension was poor.")).toEqual(["The canteen was nice,", "but the pension was poor."]);
  });
  it("leaves a sentence without a contrast word whole", () => {
    const sentence = "The canteen was nice and cheap.";
    expect(clausesOf(sentence)).toEqual([sentence]);
  });
  it("cuts at an exception", () => {
    expect(clausesOf("Everything was great apart from the parking.")).toEqual(["Everything was great", "apart from the parking."]);
  });
  it("cuts an opening exception off at its comma", () => {
    expect(clausesOf("Apart from the parking, it was great.")).toEqual(["Apart from the parking,", "it was great."]);
  });
  it("cuts at two-word contrasts in other languages", () => {
    expect(clausesOf("Les collègues étaient bien, par contre la paie était basse.")).toHaveLength(2);
  });
});
