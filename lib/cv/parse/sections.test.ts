import { describe, expect, it } from "vitest";
import { headingKind } from "@/lib/cv/parse/sections";

describe("section headings", () => {
  it("knows German, French, Spanish and Portuguese headings", () => {
    expect(headingKind("Berufserfahrung")).toBe("experience");
    expect(headingKind("Beruflicher Werdegang")).toBe("experience");
    expect(headingKind("Persönliche Daten")).toBe("contact");
    expect(headingKind("Schulbildung")).toBe("education");
    expect(headingKind("Sprachen")).toBe("languages");
    expect(headingKind("Expérience professionnelle")).toBe("experience");
    expect(headingKind("Parcours")).toBe("experience");
    expect(headingKind("FORMATION")).toBe("education");
    expect(headingKind("Langues")).toBe("languages");
    expect(headingKind("EXPERIENCIA PROFESIONAL")).toBe("experience");
    expect(headingKind("Formación académica")).toBe("education");
    expect(headingKind("Idiomas")).toBe("languages");
    expect(headingKind("Experiência Profissional")).toBe("experience");
    expect(headingKind("Formação Acadêmica")).toBe("education");
  });

  it("knows other English forms of the experience heading", () => {
    for (const heading of ["Earlier career", "Career History", "PROFESSIONAL EXPERIENCE", "Professional Registration"])
      expect(headingKind(heading)).not.toBeNull();
    expect(headingKind("Earlier career")).toBe("experience");
  });

  it("reads letter-spaced headings, also when the PDF split a word into pieces", () => {
    expect(headingKind("E D U C A T I O N")).toBe("education");
    expect(headingKind("E D U C AT I O N")).toBe("education");
    expect(headingKind("W O R K  E X P E R I E N C E")).toBe("experience");
  });

  it("reads a heading with an icon or decoration before it", () => {
    expect(headingKind("🎓 Education")).toBe("education");
    expect(headingKind("— Skills —")).toBe("skills");
  });

  it("ends the section before a catch-all or a technical-projects heading", () => {
    expect(headingKind("Misceláneo")).toBe("other");
    expect(headingKind("Sonstiges")).toBe("other");
    expect(headingKind("Technical Experience")).toBe("projects");
    expect(headingKind("Open Source")).toBe("projects");
  });

  it("does not take a sentence for a heading", () => {
    expect(headingKind("Experience.")).toBeNull();
    expect(headingKind("Experience in building scalable systems for many teams")).toBeNull();
  });

  it("knows Italian and Dutch headings", () => {
    expect(headingKind("Esperienza professionale")).toBe("experience");
    expect(headingKind("ESPERIENZE LAVORATIVE")).toBe("experience");
    expect(headingKind("Istruzione e formazione")).toBe("education");
    expect(headingKind("Competenze")).toBe("skills");
    expect(headingKind("Lingue")).toBe("languages");
    expect(headingKind("Profilo")).toBe("summary");
    expect(headingKind("Werkervaring")).toBe("experience");
    expect(headingKind("Opleiding")).toBe("education");
    expect(headingKind("Vaardigheden")).toBe("skills");
    expect(headingKind("Talen")).toBe("languages");
    expect(headingKind("Competenze informatiche")).toBe("skills");
    expect(headingKind("Interessi")).toBe("interests");
    expect(headingKind("Referenties")).toBe("references");
    expect(headingKind("Vrijwilligerswerk")).toBe("volunteer");
    expect(headingKind("工作背景")).toBe("experience");
  });

  it("reads training as education and programming languages as skills, never as experience or spoken languages", () => {
    expect(headingKind("TRAINING")).toBe("education");
    expect(headingKind("Qualifications")).toBe("education");
    expect(headingKind("Courses")).toBe("coursework");
    expect(headingKind("Programming Languages")).toBe("skills");
  });

  it("reads a compound heading whose parts are both heading words by the part naming the section read most from", () => {
    expect(headingKind("LICENCES & SKILLS")).toBe("skills");
    expect(headingKind("Certifications and Skills")).toBe("skills");
    expect(headingKind("Licenses and certifications")).toBe("certifications");
    expect(headingKind("Awards & Certifications")).toBe("awards");
    expect(headingKind("Skills & Hobbies")).toBe("skills");
    expect(headingKind("Skills & Something Else")).toBe("skills");
    expect(headingKind("Sales & Marketing")).toBeNull();
  });
});
