import { describe, expect, it } from "vitest";
import { findName } from "@/lib/cv/parse/name";

const nameOf = (lines: string[]) => findName(lines)?.value ?? null;

describe("finding the person's name", () => {
  it("reads the name after a sidebar that comes first in the text, not a sidebar heading", () => {
    const lines = [
      "CONTACT",
      "Dayton, OH",
      "(937) 555-0143",
      "CLINICAL SKILLS",
      "Telemetry monitoring",
      "Wound care",
      "Registered Nurse Profile",
      "Jane Quinn-Ortiz",
      "Staff nurse · cardiac care",
      "jane.q@example.com",
      "EXPERIENCE",
    ];
    expect(nameOf(lines)).toBe("Jane Quinn-Ortiz");
  });

  it("skips a document title on the first line ('Lebenslauf', 'Curriculum Vitae')", () => {
    expect(nameOf(["Lebenslauf", "Tobias Brenner", "Hauptstraße 5, 10115 Berlin", "t.brenner@example.de"])).toBe("Tobias Brenner");
    expect(nameOf(["Curriculum Vitae   Ana Souza", "Personal Information Ana Souza", "ana@example.com"])).toBe("Ana Souza");
  });

  it("takes the value of a 'Name' label in a personal-data table", () => {
    const lines = ["Lebenslauf", "Persönliche Daten", "Name   Jörg Übelhör", "Anschrift   Ringstraße 4, 60311 Frankfurt am Main", "E-Mail   j@example.net"];
    expect(nameOf(lines)).toBe("Jörg Übelhör");
    expect(nameOf(["Nom : Claire Dubois", "Téléphone : 06 12 34 56 78"])).toBe("Claire Dubois");
  });

  it("joins a given name and a family name asked for apart, and reads a whole name under a given-name label", () => {
    expect(nameOf(["Persönliche Daten", "Vorname: Jürgen", "Nachname: Weiß", "Geburtsdatum: 01.02.1990"])).toBe("Jürgen Weiß");
    expect(nameOf(["Datos personales", "Nombre: María José Castillo", "Teléfono: +34 600 000 123"])).toBe("María José Castillo");
  });

  it("takes the name from a line that also holds the job title, or names the document", () => {
    expect(nameOf(["Jane Doe, Software Engineer", "jane@example.com"])).toBe("Jane Doe");
    expect(nameOf(["Curriculum Vitae of John Smith", "john@example.com"])).toBe("John Smith");
    expect(nameOf(["Muhammad Ali Hassan Abdul Rahman", "m@example.com"])).toBe("Muhammad Ali Hassan Abdul Rahman");
    expect(nameOf(["Tim Cook", "Lois Lane"])).toBe("Tim Cook");
  });

  it("leaves out credentials after the name and a title before it", () => {
    expect(nameOf(["Priya Raman, RN, BSN", "priya@example.com"])).toBe("Priya Raman");
    expect(nameOf(["Dr Omar Haddad CEng MICE", "Chartered Engineer", "omar@example.com"])).toBe("Omar Haddad");
    expect(nameOf(["Prof. Lena Vogt, PhD", "lena@example.com"])).toBe("Lena Vogt");
    expect(nameOf(["AMARA OKAFOR, RN", "amara@example.com"])).toBe("Amara Okafor");
    // A surname that is also a credential's letters stays: "Ma", "Do".
    expect(nameOf(["Jack Ma", "jack@example.com"])).toBe("Jack Ma");
    expect(nameOf(["Linh Do", "linh@example.com"])).toBe("Linh Do");
  });

  it("keeps lower-case particles, apostrophes, Mc and hyphens", () => {
    expect(nameOf(["Lucía Fernández de la Torre", "Valencia · lucia@example.com"])).toBe("Lucía Fernández de la Torre");
    expect(nameOf(["Pieter van der Berg", "pieter@example.nl"])).toBe("Pieter van der Berg");
    expect(nameOf(["Sean O’Brien-McKay", "sean@example.ie"])).toBe("Sean O’Brien-McKay");
  });

  it("writes a name in capitals with its capitals where they belong", () => {
    expect(nameOf(["MAEVE O’SULLIVAN", "maeve@example.com"])).toBe("Maeve O’Sullivan");
    expect(nameOf(["CIARAN MCBRIDE", "ciaran@example.com"])).toBe("Ciaran McBride");
  });

  it("does not take a section heading in any language, a job title or a skill for the name", () => {
    for (const heading of ["Clinical Skills", "Professional Registration", "Perfil Profesional", "Financial Markets", "Berufserfahrung", "Technical Skills"]) {
      expect(nameOf([heading, "Expert", "someone@example.com"])).toBeNull();
    }
    expect(nameOf(["Senior Software Engineer", "Data Analyst", "x@example.com"])).toBeNull();
  });

  it("does not take a place for the name", () => {
    expect(nameOf(["San Jose, CA", "x@example.com"])).toBeNull();
  });

  it("prefers a referee's name to nothing, but the candidate's name to a referee's", () => {
    const lines = ["Mia Schultz", "mia@example.com", "EXPERIENCE", "Analyst at Acme", "REFERENCES", "Paul Grant", "paul@example.com"];
    expect(nameOf(lines)).toBe("Mia Schultz");
  });

  it("reads a name followed by post-nominal letters it does not know, with or without commas", () => {
    expect(nameOf(["Anjali Varma, MPharm, MRPharmS", "Derby, UK | 07700 900111 | anjali@example.com", "PROFILE", "Pharmacist Prescriber"])).toBe(
      "Anjali Varma",
    );
    expect(nameOf(["Piotr Zielinski BSc (Hons) RSci", "piotr@example.com · +44 7700 900222"])).toBe("Piotr Zielinski");
    expect(nameOf(["Lena Park, B.Sc., CEng", "lena@example.com"])).toBe("Lena Park");
    expect(nameOf(["Declan O'Hara-Boyle, CPA", "Austin, TX · (512) 555-0100 · declan@example.com"])).toBe("Declan O'Hara-Boyle");
  });

  it("keeps surnames that open with two capitals' neighbours or are written in capitals", () => {
    expect(nameOf(["Fiona McAllister", "fiona@example.com"])).toBe("Fiona McAllister");
    expect(nameOf(["Jean-Marc DUPONT", "jm@example.fr"])).toBe("Jean-Marc DUPONT");
  });

  it("does not take a licence or a driving qualification in a sidebar listed first for the name", () => {
    const lines = [
      "CONTACT",
      "Swansea",
      "07700 900333",
      "owen@example.com",
      "LICENCES & SKILLS",
      "Category C licence",
      "Driver CPC",
      "Forklift Licence",
      "LANGUAGES",
      "English",
      "Owen Llewellyn-Hughes",
      "Class 2 HGV Driver",
      "WORK HISTORY",
    ];
    expect(nameOf(lines)).toBe("Owen Llewellyn-Hughes");
  });
});
