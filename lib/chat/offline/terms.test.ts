import { describe, expect, it } from "vitest";
import { expandAbbreviations, searchTerm, subjectTerms } from "@/lib/chat/offline/terms";

describe("search terms", () => {
  it("brings forms of one word to one stem", () => {
    expect(searchTerm("raised")).toBe(searchTerm("raise"));
    expect(searchTerm("Managed")).toBe(searchTerm("manage"));
    expect(searchTerm("teaching")).toBe(searchTerm("teach"));
    expect(searchTerm("volunteering")).toBe(searchTerm("volunteer"));
    expect(searchTerm("delivered")).toBe(searchTerm("deliver"));
  });
  it("drops grammar words in the languages read", () => {
    expect(searchTerm("the")).toBeNull();
    expect(searchTerm("und")).toBeNull();
  });
  it("keeps the subject of a question, without the words of asking", () => {
    expect(subjectTerms("Has he used Kafka in production?")).toEqual([searchTerm("Kafka"), searchTerm("production")]);
  });
  it("adds what an abbreviation stands for", () => {
    expect(expandAbbreviations("Any M&A work?")).toContain("acquisitions");
    expect(expandAbbreviations("Any Java work?")).toBe("Any Java work?");
  });
});
