import { describe, expect, it } from "vitest";
import { parseEducation } from "@/lib/cv/parse/education";

const read = (lines: string[]) =>
  parseEducation(lines).map((e) => ({ institution: e.institution?.value ?? null, degree: e.degree?.value ?? null, end: e.end?.value ?? null }));

describe("reading education entries", () => {
  it("reads dates first, then 'degree, institution, place' on one line", () => {
    expect(read(["2014 – 2016 Master of Science in Physics, Specialization in Optics, MIT, Cambridge,", "USA"])).toEqual([
      { institution: "MIT", degree: "Master of Science in Physics", end: "2016" },
    ]);
    expect(read(["2009 – 2013 Bachelor of Arts in History, University of California, Davis,", "Davis, CA, USA"])[0]?.institution).toBe(
      "University of California, Davis",
    );
  });

  it("reads an institution in capitals standing for its name, alone or with a campus", () => {
    expect(read(["UC Santa Cruz   2019", "Bachelor of Science, Biology"])).toEqual([
      { institution: "UC Santa Cruz", degree: "Bachelor of Science", end: "2019" },
    ]);
    expect(
      read(["B.Tech in Mechanical Engineering", "Delft University, 2020", "Master of Science in Robotics", "ETH, 2022"]).map((e) => e.institution),
    ).toEqual(["Delft University", "ETH"]);
  });

  it("reads the degree on the line before or after the institution, and the dates on a line of their own", () => {
    expect(read(["M.S. in Statistics", "Rice University", "Sept 2015 – June 2017", "B.S. in Mathematics", "Rice University", "Sept 2011 – June 2015"])).toEqual(
      [
        { institution: "Rice University", degree: "M.S. in Statistics", end: "June 2017" },
        { institution: "Rice University", degree: "B.S. in Mathematics", end: "June 2015" },
      ],
    );
    expect(
      read([
        "2012-2016 (expected)",
        "PhD, Chemistry; Riverbank University (Riverbank)",
        "Thesis title: Catalysts",
        "2008-2012",
        "BSc, Chemistry; University of Lakeside",
      ]).map((e) => e.institution),
    ).toEqual(["Riverbank University", "University of Lakeside"]);
  });

  it("reads German, French and Spanish schools and a date column beside the qualification", () => {
    const german = read([
      "09/2015 – 07/2018   Ausbildung zum Industriemechaniker",
      "Müller Maschinenbau GmbH und Berufsbildende Schulen am Hafen, Bremen",
      "2009 – 2015   Realschulabschluss",
      "Gerhart-Hauptmann-Realschule, Bremen",
    ]);
    expect(german.map((e) => e.institution)).toEqual(["Berufsbildende Schulen am Hafen", "Gerhart-Hauptmann-Realschule"]);
    expect(german[0]?.degree).toBe("Ausbildung zum Industriemechaniker");
    expect(read(["2013", "CAP Pâtisserie – Lycée hôtelier Jean Moulin, Lille"])[0]?.institution).toBe("Lycée hôtelier Jean Moulin");
    expect(read(["Máster en Finanzas", "Escuela de Negocios del Sur, 2021"])[0]?.institution).toBe("Escuela de Negocios del Sur");
    expect(read(["A levels: History (A), Maths (B) – Holy Cross Sixth Form College, 2020"])[0]?.institution).toBe("Holy Cross Sixth Form College");
  });

  it("takes a degree in front of the institution apart from it, and a place after it off", () => {
    expect(read(["PhD Yale University, Economics   New Haven, CT", "• Thesis: Markets   Sept 2016 – May 2021"])).toEqual([
      { institution: "Yale University", degree: "PhD", end: "May 2021" },
    ]);
    expect(read(["Boston University Boston", "Computer Science   3.8/4.0"])[0]?.institution).toBe("Boston University");
    expect(read(["Georgia Institute of Technology and Science"])[0]?.institution).toBe("Georgia Institute of Technology and Science");
  });

  it("does not read a state after a city as a degree, nor a bulleted award as an institution", () => {
    expect(read(["Bachelor of Arts, Wesleyan University,", "Middletown, CT, USA"])).toHaveLength(1);
    expect(read(["PhD, Ohio University   2019", "• NSF Graduate Research Fellowship (2018)"])).toHaveLength(1);
  });

  it("knows Welsh and Dutch words for a college or university, and a certificate as a qualification", () => {
    expect(read(["Level 3 Certificate in Plumbing", "Coleg Gwent, 2019"])).toEqual([
      { institution: "Coleg Gwent", degree: "Level 3 Certificate in Plumbing", end: "2019" },
    ]);
    expect(read(["Universiteit Utrecht", "Bachelor Biologie   2018"])[0]?.institution).toBe("Universiteit Utrecht");
  });
});
