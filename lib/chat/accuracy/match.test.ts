import { describe, expect, it } from "vitest";
import { citationMatches, hasWholeWord, mentions, saysNotInCv } from "@/lib/chat/accuracy/match";

describe("citationMatches", () => {
  it("matches a citation that holds the support line", () => {
    expect(citationMatches("Backend Developer   Jan 2015 - Dec 2017", "Backend Developer Jan 2015 - Dec 2017")).toBe(true);
  });
  it("matches a long enough part of the support line, not a short one", () => {
    expect(citationMatches("Led a team of developers", "Led a team of developers in building apps.")).toBe(true);
    expect(citationMatches("2019", "UC Berkeley 2019")).toBe(false);
  });
  it("matches lines that share half of their words", () => {
    expect(citationMatches("z Oct 2010 – July 2012 * Palo Alto, CA", "Date: Oct 2010 – July 2012 Location: Palo Alto, CA")).toBe(true);
    expect(citationMatches("Skills: Python", "Education: MIT")).toBe(false);
  });
});

describe("hasWholeWord", () => {
  it("finds a term between non-letters, case-sensitively", () => {
    expect(hasWholeWord("a PhD from MIT.", "MIT")).toBe(true);
    expect(hasWholeWord("SUBMIT it", "MIT")).toBe(false);
    expect(hasWholeWord("mit", "MIT")).toBe(false);
    expect(hasWholeWord("rated 10/10 today", "10/10")).toBe(true);
  });
});

describe("mentions and saysNotInCv", () => {
  it("compares after normalising", () => {
    expect(mentions("He was there for three years", "3 years")).toBe(true);
  });
  it("reads decline phrases in several languages", () => {
    expect(saysNotInCv("The CV does not say his salary.")).toBe(true);
    expect(saysNotInCv("Le CV ne précise pas")).toBe(true);
    expect(saysNotInCv("He earns a lot.")).toBe(false);
  });
});
