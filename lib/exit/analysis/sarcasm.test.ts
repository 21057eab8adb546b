import { describe, expect, it } from "vitest";
import { ironyIn } from "@/lib/exit/analysis/sarcasm";

describe("ironyIn", () => {
  it("finds mock enthusiasm opening a complaint", () => {
    const sentences = ["Oh, wonderful.", "They moved my desk three times without telling me."];
    expect(ironyIn(sentences)?.sentences).toContain(sentences[0]);
  });
  it("finds praise of a hardship", () => {
    expect(ironyIn(["I just adored the unpaid overtime every Friday night."])).not.toBeNull();
  });
  it("finds thanks for a trivial token", () => {
    expect(ironyIn(["Ten years and I got a mug.", "I felt so valued."])?.intensity).toBe(2);
  });
  it("finds a rhetorical 'What X?'", () => {
    expect(ironyIn(["What training?", "I taught myself from videos."])).not.toBeNull();
  });
  it("leaves sincere praise alone", () => {
    expect(ironyIn(["I loved the project work.", "My team was great."])).toBeNull();
  });
  it("leaves sincere mixed sentences with a contrast alone", () => {
    expect(ironyIn(["I loved the job, but the overtime wore me down."])).toBeNull();
  });
  it("finds a flat 'Oh, ...' followed by a grim sentence", () => {
    expect(ironyIn(["Oh, it's a real community.", "Nobody said hello in two years."])).not.toBeNull();
  });
  it("finds mock enthusiasm in an effusive word the lexicon leaves unscored", () => {
    expect(ironyIn(["Oh, the canteen was incredible.", "I especially enjoyed the cold chips."])).not.toBeNull();
  });
  it("finds a one-word mock agreement after a claim", () => {
    const sentences = ["They call it an open-door policy.", "Right.", "The door was always shut."];
    expect(ironyIn(sentences)?.sentences).toContain("Right.");
  });
  it("finds a claim that people love to make", () => {
    expect(ironyIn(["Management love to say we're one big happy family."])).not.toBeNull();
  });
  it("does not read praise after a bare denial as irony", () => {
    expect(ironyIn(["No, never.", "Everyone was kind."])).toBeNull();
  });
});
