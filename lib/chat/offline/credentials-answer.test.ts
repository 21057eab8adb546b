import { describe, expect, it } from "vitest";
import { answerFromCv } from "@/lib/chat/offline/answer";
import { numberedCvLines } from "@/lib/chat/cv-lines";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";

function cvOf(text: string) {
  const lines = numberedCvLines(text);
  const profile = parseProfileHeuristically(text.split("\n"));
  const ask = (question: string) => answerFromCv({ lines, profile, question, history: [], now: new Date(Date.UTC(2026, 0, 1)) });
  const lineOf = (part: string) => lines.findIndex((l) => l.includes(part)) + 1;
  return { ask, lineOf };
}

// Credentials the parser files as education: under "Qualifications", or as a certificate among the degrees.
const driver = cvOf(`Lena Ward
lena.ward@example.com
HCPC registration number: PA 40917
Experience
Jan 2019 – present: Delivery Driver, Swift Parcels, Hull
- Delivered 120 parcels a day
Qualifications
Category C1 licence
Level 2 Award in Manual Handling
Languages: Polish (native), English
Education
BA History, University of York, 2013 – 2016
Certificate in Paramedic Practice, Hull College, 2018`);

describe("credentials the profile does not list as certifications", () => {
  it("lists the lines that name credentials when asked which ones she holds", () => {
    const reply = driver.ask("What certifications does she hold?");
    expect(reply.kind).toBe("answer");
    for (const part of ["Category C1 licence", "Level 2 Award in Manual Handling", "Certificate in Paramedic Practice"]) {
      expect(reply.text).toContain(part);
      expect(reply.citations).toContain(driver.lineOf(part));
    }
    expect(reply.citations).not.toContain(driver.lineOf("Languages:"));
    expect(reply.citations).not.toContain(driver.lineOf("BA History"));
  });
  it("answers a credential the question names with its line and a verdict", () => {
    const reply = driver.ask("Does she have a C1 licence?");
    expect(reply.text.startsWith("Yes.")).toBe(true);
    expect(reply.citations).toEqual([driver.lineOf("Category C1 licence")]);
  });
  it("answers one kind of credential asked in the singular with the lines of that kind", () => {
    expect(driver.ask("Does she have a licence?").citations).toEqual([driver.lineOf("Category C1 licence")]);
    expect(driver.ask("What is her registration number?").citations).toEqual([driver.lineOf("HCPC registration")]);
  });
  it("reads a registration in the header when asked whether she is registered", () => {
    const reply = driver.ask("Is she registered with the HCPC?");
    expect(reply.text.startsWith("Yes.")).toBe(true);
    expect(reply.citations).toEqual([driver.lineOf("HCPC registration")]);
  });
  it("answers 'qualified to' and 'trained' questions from a credential naming the subject", () => {
    expect(driver.ask("Is she qualified in manual handling?").citations).toEqual([driver.lineOf("Manual Handling")]);
    expect(driver.ask("Is she trained in paramedic practice?").citations).toEqual([driver.lineOf("Paramedic Practice")]);
  });
  it("lists degrees and credentials alike when asked for qualifications", () => {
    const reply = driver.ask("What qualifications does she have?");
    for (const part of ["BA History", "Category C1 licence", "Manual Handling", "Paramedic Practice"]) expect(reply.citations).toContain(driver.lineOf(part));
    expect(reply.citations).not.toContain(driver.lineOf("HCPC registration"));
  });
  it("leaves a phone number to the contact details", () => {
    expect(driver.ask("What's her phone number?").citations).not.toContain(driver.lineOf("HCPC registration"));
  });
  it("still says so when the CV names no credential at all", () => {
    const bare = cvOf(`Sam Lee
Experience
2019 – present: Barista, Bean Bar, Leeds`);
    expect(bare.ask("What certifications does he hold?").kind).toBe("not_in_cv");
  });
});
