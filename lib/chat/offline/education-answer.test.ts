import { describe, expect, it } from "vitest";
import { answerFromCv } from "@/lib/chat/offline/answer";
import { degreeLevelOf } from "@/lib/chat/offline/education-answer";
import { numberedCvLines } from "@/lib/chat/cv-lines";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";

function cvOf(text: string) {
  const lines = numberedCvLines(text);
  const profile = parseProfileHeuristically(text.split("\n"));
  const ask = (question: string) => answerFromCv({ lines, profile, question, history: [], now: new Date(Date.UTC(2026, 0, 1)) });
  const lineOf = (part: string) => lines.findIndex((l) => l.includes(part)) + 1;
  return { ask, lineOf };
}

describe("degreeLevelOf", () => {
  it("reads integrated masters and leaves standards and licences that are no degree", () => {
    expect(degreeLevelOf("MChem Chemistry")).toBe(degreeLevelOf("MSc Physics"));
    expect(degreeLevelOf("Wiring Regulations (BS 7671)")).toBe(degreeLevelOf(""));
    expect(degreeLevelOf("Reach truck licence")).toBe(degreeLevelOf(""));
    expect(degreeLevelOf("Licence en droit")).toBe(degreeLevelOf("BSc Law"));
  });
});

describe("the highest qualification", () => {
  const plumber = cvOf(`Ivo Brandt
Experience
2016 – present: Plumber, Flowright, Derby
Training
Water Regulations Certificate (2017)
NVQ Level 3 Plumbing and Heating (2016)
Level 2 Gas Safety Awareness (2015)`);
  it("ranks schooling below a degree by the level it states", () => {
    const reply = plumber.ask("What's his highest qualification?");
    expect(reply.text).toContain("NVQ Level 3 Plumbing and Heating");
    expect(reply.citations).toEqual([plumber.lineOf("NVQ Level 3")]);
  });
  it("dates 'when did he qualify' by the highest qualification", () => {
    const reply = plumber.ask("When did he qualify?");
    expect(reply.text).toContain("2016");
    expect(reply.citations).toEqual([plumber.lineOf("NVQ Level 3")]);
  });
  it("prefers an integrated master's to a certificate", () => {
    const chemist = cvOf(`Ada Kline
Education
MChem Chemistry, University of Leeds, 2012 – 2016
Radiation Safety Certificate, Leeds College, 2019`);
    expect(chemist.ask("What is her highest qualification?").citations).toEqual([chemist.lineOf("MChem")]);
  });
});
