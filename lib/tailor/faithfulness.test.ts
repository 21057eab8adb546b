import { describe, expect, it } from "vitest";
import { emptyProfile, sourced, type Profile } from "@/lib/cv/profile";
import type { TailoredCv } from "@/lib/tailor/assemble";
import { bulletsLeftOut, comparable, faithfulnessFailures, similarity, viewOfTailoredCv, type RecordedCv } from "@/lib/tailor/faithfulness";

const first = "Closed the monthly ledger for 14 entities within 5 working days.";
const second = "Led the move of accounts payable to SAP FI, cutting the invoice backlog by 60%.";
const third = "Prepared VAT returns and reconciled 40 bank accounts each month.";
const cvText = [
  "Ana Kowalska",
  "ana.kowalska@example.com",
  "Skills: SAP FI, Excel",
  "Senior Accountant, Baltic Freight, 03/2020 – present",
  first,
  "Led the move of accounts payable to SAP FI, cutting the invoice",
  "backlog by 60%.",
  "Accountant, Nordwave Logistics, 2016 – 2020",
  third,
].join("\n");

const record: RecordedCv = {
  name: "Ana Kowalska",
  skills: ["SAP FI", "Excel"],
  experience: [
    { title: "Senior Accountant", company: "Baltic Freight", start: "2020-03", end: "present", bullets: [first, second] },
    { title: "Accountant", company: "Nordwave Logistics", start: "2016", end: "2020", bullets: [third] },
  ],
};

const line = (text: string) => ({ text, source: text });
function tailored(overrides: Partial<TailoredCv> = {}): TailoredCv {
  return {
    name: "Ana Kowalska",
    contact: ["ana.kowalska@example.com"],
    summary: [],
    skills: [line("SAP FI"), line("Excel")],
    experience: [
      { job: 0, title: "Senior Accountant", company: "Baltic Freight", dates: "03/2020 – Present", bullets: [line(second), line(first)] },
      { job: 1, title: "Accountant", company: "Nordwave Logistics", dates: "2016 – 2020", bullets: [line(third)] },
    ],
    education: [],
    certifications: [],
    languages: [],
    ...overrides,
  };
}

/** The profile a parser read: by default the whole CV, as the record has it. */
function profile(overrides: Partial<Profile> = {}): Profile {
  const job = (title: string, company: string, start: string, end: string | null, bullets: string[]) => ({
    title: sourced(title, title, 0.8),
    company: sourced(company, company, 0.8),
    location: null,
    start: sourced(start, start, 0.8),
    end: end ? sourced(end, end, 0.8) : null,
    current: end === null,
    bullets: bullets.map((b) => sourced(b, b, 0.8)),
  });
  return {
    ...emptyProfile(),
    name: sourced("Ana Kowalska", "Ana Kowalska", 0.9),
    experience: [
      job("Senior Accountant", "Baltic Freight", "03/2020", null, [first, second]),
      job("Accountant", "Nordwave Logistics", "2016", "2020", [third]),
    ],
    ...overrides,
  };
}

const check = (cv: TailoredCv, parsed = profile()) => faithfulnessFailures(record, cvText, parsed, viewOfTailoredCv(cv, { composedSummary: false }));
const kinds = (cv: TailoredCv, parsed = profile()) => check(cv, parsed).map((f) => `${f.kind} by ${f.lostBy}`);

describe("the faithful-copy measure", () => {
  it("finds nothing wrong with a faithful copy whose bullets are reordered", () => {
    expect(check(tailored())).toEqual([]);
  });

  it("reads a bullet wrapped over two lines of the CV as whole", () => {
    expect(similarity(comparable(second), comparable(second.replace("invoice", "in- voice")))).toBeGreaterThanOrEqual(0.9);
    expect(
      kinds(tailored({ experience: [{ ...tailored().experience[0]!, bullets: [line(second.replace("invoice", "in- voice"))] }, tailored().experience[1]!] })),
    ).toEqual([]);
  });

  it("puts a missing name on the tailoring when the profile had it, and on the parser when it did not", () => {
    expect(kinds(tailored({ name: null }))).toEqual(["missing name by tailoring"]);
    expect(kinds(tailored({ name: null }), profile({ name: null }))).toEqual(["missing name by parser"]);
  });

  it("counts a job left out, or shown with other dates", () => {
    const [latest, older] = tailored().experience;
    expect(kinds(tailored({ experience: [latest!] }))).toEqual(["missing job by tailoring"]);
    expect(kinds(tailored({ experience: [latest!, { ...older!, dates: "2017 – 2020" }] }))).toEqual(["job dates by tailoring"]);
  });

  it("counts a cut bullet, and who cut it", () => {
    const cut = "Led the move of accounts payable to SAP FI, cutting the invoice";
    const withCut = tailored({ experience: [{ ...tailored().experience[0]!, bullets: [line(cut), line(first)] }, tailored().experience[1]!] });
    expect(kinds(withCut)).toEqual(["cut bullet by tailoring"]);
    const parsedCut = profile();
    parsedCut.experience[0]!.bullets[1] = sourced(cut, cut, 0.8);
    expect(kinds(withCut, parsedCut)).toEqual(["cut bullet by parser"]);
  });

  it("puts a heading fragment shown in a section on the tailoring, even one the parser left in the profile", () => {
    const parsed = profile();
    parsed.experience[0]!.bullets.push(sourced("E D U C AT I O N", "E D U C AT I O N", 0.5));
    const cv = tailored({
      experience: [{ ...tailored().experience[0]!, bullets: [line(first), line(second), line("E D U C AT I O N")] }, tailored().experience[1]!],
    });
    expect(kinds(cv, parsed)).toEqual(["heading fragment by tailoring"]);
  });

  it("counts glued bullets, heading fragments, other lines of the CV and lines that are not the CV's", () => {
    const bullets = [line(`${first} ${second}`), line("E D U C AT I O N"), line("Skills: SAP FI, Excel"), line("Managed a team of 12 auditors.")];
    const cv = tailored({
      experience: [{ ...tailored().experience[0]!, bullets }, tailored().experience[1]!],
      skills: [line("SAP FI"), line("Excel"), line("C")],
    });
    expect(kinds(cv).sort()).toEqual(
      [
        "glued bullets by tailoring",
        "heading fragment by tailoring",
        "misplaced line by tailoring",
        "foreign line by tailoring",
        "heading fragment by tailoring",
      ].sort(),
    );
  });

  it("counts a skill of the CV's list that the tailored CV leaves out, and who left it out", () => {
    const parsed = profile({ skills: [sourced("SAP FI", "Skills: SAP FI, Excel", 0.8)] });
    expect(kinds(tailored({ skills: [line("SAP FI")] }), parsed)).toEqual(["missing skill by parser"]);
    const both = profile({ skills: [sourced("SAP FI", "Skills: SAP FI, Excel", 0.8), sourced("Excel", "Skills: SAP FI, Excel", 0.8)] });
    expect(kinds(tailored({ skills: [line("SAP FI")] }), both)).toEqual(["missing skill by tailoring"]);
  });

  it("accepts a one-letter skill that the CV lists", () => {
    const listsC: RecordedCv = { ...record, skills: ["C", "SAP FI"] };
    const view = viewOfTailoredCv(tailored({ skills: [line("C"), line("SAP FI")] }), { composedSummary: false });
    expect(faithfulnessFailures(listsC, `${cvText}\nC, SAP FI`, profile(), view)).toEqual([]);
  });

  it("checks each part of a line the tailored CV composes, and leaves out a summary composed on purpose", () => {
    const education = tailored({ education: ["MSc Accounting, Gdańsk University, 2016"] });
    expect(kinds(education)).toEqual(["foreign line by tailoring"]);
    const composed = viewOfTailoredCv(tailored({ summary: [line("Senior Accountant. Skills relevant to this role: SAP FI.")] }), { composedSummary: true });
    expect(faithfulnessFailures(record, cvText, profile(), composed)).toEqual([]);
  });

  it("tells bullets left out for relevance from bullets the parser never read", () => {
    const view = viewOfTailoredCv(tailored({ experience: [{ ...tailored().experience[0]!, bullets: [line(first)] }, tailored().experience[1]!] }), {
      composedSummary: false,
    });
    expect(bulletsLeftOut(record, profile(), view)).toEqual({ byTailoring: 1, byParser: 0 });
    const parsed = profile();
    parsed.experience[0]!.bullets.pop();
    expect(bulletsLeftOut(record, parsed, view)).toEqual({ byTailoring: 0, byParser: 1 });
  });
});
