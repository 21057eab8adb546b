import { describe, expect, it } from "vitest";
import { answersFileSchema, isSarcastic } from "@/lib/exit/accuracy/corpus";

describe("answersFileSchema", () => {
  const valid = { id: "a", question: "q", answer: "a", sentiment: "mixed", intensity: 2, themes: ["team"], vague: false, containsPII: false };
  it("accepts a labelled answer and rejects an unknown theme", () => {
    expect(answersFileSchema.parse([valid])).toHaveLength(1);
    expect(() => answersFileSchema.parse([{ ...valid, themes: ["snacks"] }])).toThrow();
  });
  it("reads irony from the notes", () => {
    const parsed = answersFileSchema.parse([{ ...valid, notes: "Ironic praise." }, valid]);
    expect(parsed.map(isSarcastic)).toEqual([true, false]);
  });
});
