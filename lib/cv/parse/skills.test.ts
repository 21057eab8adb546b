import { describe, expect, it } from "vitest";
import { listedSkills } from "@/lib/cv/parse/skills";

const itemsOf = (lines: string[]) => listedSkills(lines.map((line) => ({ line }))).map((s) => s.value);

describe("reading a skills list", () => {
  it("splits only at separators outside brackets", () => {
    expect(itemsOf(["Power BI (DAX, M), Tableau · Flow cytometry (FACS, sorting)"])).toEqual([
      "Power BI (DAX, M)",
      "Tableau",
      "Flow cytometry (FACS, sorting)",
    ]);
  });

  it("joins a list item wrapped onto the next line when that line goes on in lower case or with a bracket", () => {
    expect(itemsOf(["Payroll, Cost accounting, Revenue", "recognition"])).toEqual(["Payroll", "Cost accounting", "Revenue recognition"]);
    expect(itemsOf(["Analisi dei dati | Ricerche di", "mercato | SEO"])).toEqual(["Analisi dei dati", "Ricerche di mercato", "SEO"]);
    expect(itemsOf(["Pédagogie · Scratch", "(initiation) · Moodle"])).toEqual(["Pédagogie", "Scratch (initiation)", "Moodle"]);
  });

  it("names both lines as the source of a wrapped item", () => {
    const wrapped = listedSkills([{ line: "Payroll, Revenue" }, { line: "recognition" }]).find((s) => s.value === "Revenue recognition");
    expect(wrapped?.source).toBe("Payroll, Revenue\nrecognition");
  });

  it("leaves a list of one item per line as it is, also in lower case", () => {
    expect(itemsOf(["machine learning", "statistics", "data cleaning"])).toEqual(["machine learning", "statistics", "data cleaning"]);
    expect(itemsOf(["Python, SQL,", "pandas"])).toEqual(["Python", "SQL", "pandas"]);
  });

  it("drops the row label of a skills table set off by a wide gap, but keeps items parted only by wide gaps", () => {
    expect(itemsOf(["IT und Fachwissen   SAP MM · Disposition · Zollabwicklung"])).toEqual(["SAP MM", "Disposition", "Zollabwicklung"]);
    expect(itemsOf(["Técnicas   Pesquisa jurídica, Gestão documental"])).toEqual(["Pesquisa jurídica", "Gestão documental"]);
    expect(itemsOf(["Python   Go   Rust"])).toEqual(["Python", "Go", "Rust"]);
    expect(itemsOf(["Languages: Python, Go"])).toEqual(["Python", "Go"]);
    expect(itemsOf(["Fachlich   Schweißen (WIG)", "Brandschutz", "MS Office"])).toEqual(["Schweißen (WIG)", "Brandschutz", "MS Office"]);
    expect(itemsOf(["Python   Expert", "SQL   Advanced", "Go   Intermediate"])).toEqual(expect.arrayContaining(["Python", "SQL", "Go"]));
  });
});
