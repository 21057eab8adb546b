import { describe, expect, it } from "vitest";
import { emptyProfile, sourced, type Experience, type Profile } from "@/lib/cv/profile";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { isRealSkill } from "@/lib/tailor/fragments";
import { proposeTailoring } from "@/lib/tailor/propose";

// Written profiles as a parser can leave them after a two-column CV whose sidebar comes first in the
// text layer. The tailored CV must still be a faithful copy of the CV.

const posting = { title: "Senior Accountant", requiredSkills: ["SAP", "Excel"], preferredSkills: ["IFRS"] };

function job(title: string, company: string, start: string, end: string | null, bullets: string[]): Experience {
  const header = `${title}  ${company}  ${start} – ${end ?? "present"}`;
  return {
    title: sourced(title, header, 0.8),
    company: sourced(company, header, 0.8),
    location: null,
    start: sourced(start, header, 0.8),
    end: end ? sourced(end, header, 0.8) : null,
    current: end === null,
    bullets: bullets.map((b) => sourced(b, b, 0.8)),
  };
}

/** An accountant's CV read with the sidebar first: no name found, the name in "Languages", heading letters in the sections. */
function sidebarFirstAccountant(): Profile {
  return {
    ...emptyProfile(),
    email: sourced("ana.kowalska@example.com", "ana.kowalska@example.com", 0.9),
    phone: sourced("+48 600 100 200", "+48 600 100 200", 0.9),
    skills: [
      sourced("C", "C", 0.6),
      sourced("SAP FI", "SAP FI", 0.8),
      sourced("Excel (Power Query)", "Excel (Power Query)", 0.8),
      sourced("Skills", "Skills", 0.6),
    ],
    languages: [sourced("Polish", "Polish", 0.7), sourced("English (C1)", "English (C1)", 0.7), sourced("Ana Kowalska", "Ana Kowalska", 0.7)],
    experience: [
      job("Senior Accountant", "Baltic Freight", "2020", null, [
        "Closed the monthly ledger for 14 entities within 5 working days.",
        "Led the move of accounts payable to SAP FI, cutting the invoice backlog by 60%. E D U C AT I O N",
      ]),
      job("Accountant", "Nordwave Logistics", "2016", "2020", ["E D U C AT I O N", "Prepared VAT returns and reconciled 40 bank accounts each month."]),
    ],
  };
}

const tailor = (profile: Profile) => assembleTailoredCv(profile, proposeTailoring(profile, posting));

describe("the tailored CV's name", () => {
  it("is taken from the sidebar list it ended up in when the parser found none, and opens the CV", () => {
    const cv = tailor(sidebarFirstAccountant());
    expect(cv.name).toBe("Ana Kowalska");
    expect(tailoredCvMarkdown(cv).split("\n")[0]).toBe("# Ana Kowalska");
    expect(cv.languages).toEqual(["Polish", "English (C1)"]);
  });

  it("replaces a heading that stood where the name should", () => {
    const profile = { ...sidebarFirstAccountant(), name: sourced("Clinical Skills", "Clinical Skills", 0.7) };
    expect(tailor(profile).name).toBe("Ana Kowalska");
  });

  it("drops a heading the extraction put before the name on its line", () => {
    const profile = { ...sidebarFirstAccountant(), name: sourced("Personal Information Ana Kowalska", "Personal Information Ana Kowalska", 0.7) };
    expect(tailor(profile).name).toBe("Ana Kowalska");
  });

  it("is the parsed name when there is one, even when the email does not spell it", () => {
    const profile = { ...sidebarFirstAccountant(), name: sourced("Anna Nowak", "Anna Nowak", 0.9), languages: [] };
    expect(tailor(profile).name).toBe("Anna Nowak");
  });

  it("never takes a line of a list for the name when the email does not agree", () => {
    const profile = { ...sidebarFirstAccountant(), email: sourced("a.nowak@example.com", "a.nowak@example.com", 0.9) };
    expect(tailor(profile).name).toBeNull();
  });

  it("never takes a skill for the name, nor reads a role's address as a name", () => {
    const skill = sourced("Adobe Illustrator", "Adobe Illustrator", 0.8);
    const office = {
      ...sidebarFirstAccountant(),
      languages: [sourced("Sales Force", "Sales Force", 0.7)],
      email: sourced("sales@example.com", "sales@example.com", 0.9),
    };
    expect(tailor(office).name).toBeNull();
    const query = {
      ...sidebarFirstAccountant(),
      languages: [],
      skills: [skill],
      email: sourced("illustrator.adobe@example.com", "illustrator.adobe@example.com", 0.9),
    };
    expect(tailor(query).name).toBeNull();
  });

  it("comes with the contact details at the top", () => {
    const markdown = tailoredCvMarkdown(tailor(sidebarFirstAccountant()));
    expect(markdown.split("\n").slice(0, 3)).toEqual(["# Ana Kowalska", "", "ana.kowalska@example.com · +48 600 100 200"]);
  });
});

describe("the tailored CV's jobs", () => {
  it("are every job of the profile, with its title, company and dates, even one left with no bullet", () => {
    const profile = {
      ...sidebarFirstAccountant(),
      experience: [
        ...sidebarFirstAccountant().experience,
        job("Audit Trainee", "Kreston Gdańsk", "2015", "2016", ["S K I L L S"]),
        job("Bookkeeper", "Family business", "2013", "2015", []),
      ],
    };
    const cv = tailor(profile);
    expect(cv.experience.map((j) => [j.title, j.company, j.dates])).toEqual([
      ["Senior Accountant", "Baltic Freight", "2020 – Present"],
      ["Accountant", "Nordwave Logistics", "2016 – 2020"],
      ["Audit Trainee", "Kreston Gdańsk", "2015 – 2016"],
      ["Bookkeeper", "Family business", "2013 – 2015"],
    ]);
    for (const shown of cv.experience) expect(tailoredCvMarkdown(cv)).toContain(`### ${shown.title} at ${shown.company}\n\n${shown.dates}`);
  });
});

describe("the tailored CV's bullets", () => {
  const long = (n: number) =>
    `Reconciled intercompany balances across ${n} subsidiaries, documenting every adjustment for the external auditors and closing each quarter on time, with SAP and Excel.`;
  const many = Array.from({ length: 6 }, (_, i) => long(i + 2));

  it("are whole: each is a bullet of the same job, word for word, however long", () => {
    const profile = { ...emptyProfile(), experience: [0, 1, 2, 3].map((i) => job(`Role ${i}`, `Company ${i}`, `${2020 - i}`, `${2021 - i}`, many)) };
    const cv = tailor(profile);
    cv.experience.forEach((shown, i) => {
      expect(shown.bullets.length).toBeGreaterThan(0);
      for (const bullet of shown.bullets) expect(profile.experience[i]!.bullets.map((b) => b.value)).toContain(bullet.text);
    });
    // The two latest jobs keep every bullet; older ones may keep fewer, each whole.
    expect(cv.experience[0]!.bullets).toHaveLength(many.length);
    expect(cv.experience[1]!.bullets).toHaveLength(many.length);
  });

  it("keep a job's only bullet", () => {
    const cv = tailor({ ...emptyProfile(), experience: [job("A", "B", "2020", "2021", ["x"]), job("Accountant", "Nordwave", "2016", "2020", [long(3)])] });
    expect(cv.experience[1]!.bullets.map((b) => b.text)).toEqual([long(3)]);
  });

  it("stay on one line in the Markdown, so a line break inside one cannot end it early", () => {
    const broken = "Prepared VAT returns\nand reconciled 40 bank accounts each month.";
    const markdown = tailoredCvMarkdown(tailor({ ...emptyProfile(), experience: [job("Accountant", "Nordwave", "2016", "2020", [broken])] }));
    expect(markdown).toContain("- Prepared VAT returns and reconciled 40 bank accounts each month.\n");
  });
});

describe("heading fragments", () => {
  it("are never inside a section: not as a bullet, not glued to one, not as a skill", () => {
    const cv = tailor(sidebarFirstAccountant());
    expect(cv.experience.map((j) => j.bullets.map((b) => b.text))).toEqual([
      ["Led the move of accounts payable to SAP FI, cutting the invoice backlog by 60%.", "Closed the monthly ledger for 14 entities within 5 working days."],
      ["Prepared VAT returns and reconciled 40 bank accounts each month."],
    ]);
    expect(cv.skills.map((s) => s.text)).toEqual(["SAP FI", "Excel (Power Query)"]);
    expect(tailoredCvMarkdown(cv)).not.toMatch(/E D U C/);
  });

  it.each([
    ["English", "Education"],
    ["Spanish", "Formación académica"],
    ["German", "Berufserfahrung"],
    ["French", "Compétences"],
    ["Chinese", "教育背景"],
    ["letter-spaced", "W O R K  E X P E R I E N C E"],
  ])("in %s (%s) is not kept as a bullet", (_language, heading) => {
    const cv = tailor({ ...emptyProfile(), experience: [job("Accountant", "Nordwave", "2016", "2020", [heading, "Prepared VAT returns each month."])] });
    expect(cv.experience[0]!.bullets.map((b) => b.text)).toEqual(["Prepared VAT returns each month."]);
  });

  it.each(["Skills & Awards", "Education and Training", "Licenses / Certifications"])("as a compound heading (%s) is not kept as a bullet", (heading) => {
    const cv = tailor({ ...emptyProfile(), experience: [job("Accountant", "Nordwave", "2016", "2020", [heading, "Prepared VAT returns each month."])] });
    expect(cv.experience[0]!.bullets.map((b) => b.text)).toEqual(["Prepared VAT returns each month."]);
  });

  it("are not skills whose first word is a heading's (Formación y desarrollo)", () => {
    expect(isRealSkill({ value: "Formación y desarrollo", source: "Formación y desarrollo" })).toBe(true);
    expect(isRealSkill({ value: "Skills & Tools", source: "Skills & Tools" })).toBe(false);
  });

  it("leave bullets that only mention a section's word alone", () => {
    const bullet = "Ran the education programme for new starters in the skills academy.";
    const cv = tailor({ ...emptyProfile(), experience: [job("Trainer", "Nordwave", "2016", "2020", [bullet, "Q A team lead for SAP rollout"])] });
    expect(cv.experience[0]!.bullets.map((b) => b.text).sort()).toEqual([bullet, "Q A team lead for SAP rollout"].sort());
  });
});

describe("a one-letter skill", () => {
  it.each([
    ["alone on its line, as a heading's letter", "C", "C", false],
    ["from a letter-spaced heading", "C", "C O N T A C T", false],
    ["in brackets, as a grade", "C", "Mathematics (C), Economics (B)", false],
    ["in a comma list", "R", "Python, R, SQL", true],
    ["in a bulleted list", "C", "C • C++ • Assembly", true],
    ["after 'and'", "R", "Analyses in Python and R", true],
    ["between chips", "C", "Go   C   Rust", true],
  ])("%s (%s from “%s”) is listed: %s", (_case, letter, source, listed) => {
    expect(isRealSkill({ value: letter, source })).toBe(listed);
  });

  it.each(["C++", "C#", "F#"])("does not stand for %s, which is listed wherever it stands", (name) => {
    expect(isRealSkill({ value: name, source: `TypeScript   React   ${name}` })).toBe(true);
    expect(isRealSkill({ value: name, source: name })).toBe(true);
  });

  it("is not listed in the tailored CV when it is a stray letter", () => {
    expect(tailor(sidebarFirstAccountant()).skills.map((s) => s.text)).not.toContain("C");
  });
});
