import { describe, expect, it } from "vitest";
import { credentialLines, namesCredential } from "@/lib/chat/offline/credential-lines";
import { mapCv } from "@/lib/chat/offline/cv-map";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";

function mapOf(text: string) {
  const lines = text.split("\n");
  const map = mapCv(lines, parseProfileHeuristically(lines));
  const lineOf = (part: string) => lines.findIndex((l) => l.includes(part)) + 1;
  return { map, lineOf };
}

const scaffolder = mapOf(`Dev Patel
CISRS registration: 55123
Experience
2018 – present: Scaffolder, Tall Frames Ltd, Hull
- Erected system scaffolds on housing sites
Qualifications
CISRS Part 1 and Part 2
PASMA Towers for Users
Languages: Gujarati, English
Education
BSc Geography, University of Hull, 2014 – 2017
Advanced Scaffolding Certificate, Hull College, 2019`);

describe("namesCredential", () => {
  it("knows the nouns of credentials, including German compounds", () => {
    expect(namesCredential("Full UK driving licence")).toBe(true);
    expect(namesCredential("Staplerschein (2015)")).toBe(true);
    expect(namesCredential("Erected system scaffolds")).toBe(false);
  });
});

describe("credentialLines", () => {
  it("takes every line under a heading that names credentials, but not a labelled line of another field", () => {
    const { map, lineOf } = scaffolder;
    const found = credentialLines(map, false);
    expect(found).toEqual(expect.arrayContaining([lineOf("CISRS Part 1"), lineOf("PASMA Towers")]));
    expect(found).not.toContain(lineOf("Languages:"));
  });
  it("takes a certificate among the degrees, not the degree itself, and no line of a job", () => {
    const { map, lineOf } = scaffolder;
    const found = credentialLines(map, false);
    expect(found).toContain(lineOf("Advanced Scaffolding Certificate"));
    expect(found).not.toContain(lineOf("BSc Geography"));
    expect(found).not.toContain(lineOf("Scaffolder, Tall Frames"));
  });
  it("reads the header only when asked to", () => {
    const { map, lineOf } = scaffolder;
    expect(credentialLines(map, false)).not.toContain(lineOf("CISRS registration"));
    expect(credentialLines(map, true)).toContain(lineOf("CISRS registration"));
  });
});
