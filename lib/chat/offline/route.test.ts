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

const mover = cvOf(`Rosa Lind
Summary
Removals supervisor with 9 years in haulage.
Experience
Apr 2021 – present: Crew Supervisor, Eastway Haulage, Ipswich
- Led crews of four on house moves
May 2017 – Mar 2021: Porter, Homeline Removals, Colchester
May 2016 – Apr 2017: Apprentice Porter, Homeline Removals, Colchester
Languages: Swedish (native), English (fluent)`);

describe("a field that an employer's name holds", () => {
  it("answers 'how long in haulage' with the whole career and the CV's own claim, not one employer", () => {
    const reply = mover.ask("How long has she been in haulage?");
    expect(reply.text).toContain("9 years in haulage");
    expect(reply.citations).toContain(mover.lineOf("Removals supervisor"));
    expect(reply.citations).toContain(mover.lineOf("May 2016"));
  });
  it("quotes a claim of years only when it names the subject after the years", () => {
    const reply = mover.ask("How long has she been a supervisor?");
    expect(reply.citations).not.toContain(mover.lineOf("Removals supervisor"));
  });
  it("still reads a capitalised employer as the employer", () => {
    const reply = mover.ask("How long was she at Eastway Haulage?");
    expect(reply.citations).toEqual([mover.lineOf("Crew Supervisor, Eastway")]);
  });
});

describe("apprenticeships", () => {
  it("answers from a job whose title says apprentice", () => {
    const reply = mover.ask("Where did she do her apprenticeship?");
    expect(reply.text).toContain("Homeline Removals");
    expect(reply.citations).toContain(mover.lineOf("Apprentice Porter"));
  });
  it("answers from schooling that is an apprenticeship when no job is", () => {
    const fitter = cvOf(`Jonas Weber
Berufserfahrung
seit 2019 Anlagenmechaniker, Kessel AG, Kiel
Ausbildung
Ausbildung zum Anlagenmechaniker, Handwerkskammer Kiel, 2015 – 2018`);
    const reply = fitter.ask("When did he finish his apprenticeship?");
    expect(reply.text).toContain("2018");
    expect(reply.citations).toContain(fitter.lineOf("Ausbildung zum"));
  });
});

describe("languages", () => {
  it("cites the line of every language, even when they share it", () => {
    const reply = mover.ask("Which languages does she speak?");
    const line = mover.lineOf("Languages:");
    expect(reply.text.match(new RegExp(`\\[L${line}\\]`, "gu"))).toHaveLength(2);
  });
});

describe("a language the question names", () => {
  const nurse = cvOf(`Nora Blum
Erfahrung
seit 2020 Pflegefachkraft, Klinikum Nord, Kiel
Sprachen
Deutsch (Muttersprache), Englisch (C1)
Kenntnisse
Wundversorgung, Italienisch für Anfänger`);
  it("finds it under its name in the CV's language, with its level", () => {
    const reply = nurse.ask("Does she speak English?");
    expect(reply.text.startsWith("Yes.")).toBe(true);
    expect(reply.text).toContain("Englisch (C1)");
    expect(reply.citations).toEqual([nurse.lineOf("Deutsch (Muttersprache)")]);
  });
  it("says plainly that a language is not listed, and lists those that are", () => {
    const reply = nurse.ask("Does she speak Polish?");
    expect(reply.kind).toBe("not_in_cv");
    expect(reply.citations).toEqual([nurse.lineOf("Deutsch (Muttersprache)")]);
  });
  it("quotes a line that names the language outside the languages list rather than deny it", () => {
    const reply = nurse.ask("Does she speak Italian?");
    expect(reply.kind).toBe("answer");
    expect(reply.citations).toEqual([nurse.lineOf("Italienisch")]);
  });
});
