import { describe, expect, it } from "vitest";
import { endsInCredentials, isCredential, withoutTrailingCredentials } from "@/lib/cv/parse/credentials";

describe("post-nominal letters", () => {
  it("knows a credential by its shape: two capitals opening it, full stops between letters, or a bracketed qualifier", () => {
    for (const word of ["MPharm", "MRPharmS", "BSc", "RSci", "CEng", "MSc", "B.Sc.", "Ph.D.", "(Hons)"]) expect(isCredential(word)).toBe(true);
    for (const word of ["McAllister", "DeVries", "O'Neill", "Smith", "DUPONT", "Ma", "J.R."]) expect(isCredential(word)).toBe(false);
  });

  it("counts a word all in capitals only when it is a known credential", () => {
    expect(isCredential("CPA")).toBe(true);
    expect(isCredential("PMP")).toBe(true);
    expect(isCredential("LEE")).toBe(false);
  });

  it("drops the run of credentials after a name, and a bracketed qualifier only inside such a run", () => {
    expect(withoutTrailingCredentials("Anjali Varma, MPharm, MRPharmS")).toEqual(["Anjali", "Varma"]);
    expect(withoutTrailingCredentials("Piotr Zielinski BSc (Hons) RSci")).toEqual(["Piotr", "Zielinski"]);
    expect(withoutTrailingCredentials("Jane Doe (Oxon)")).toEqual(["Jane", "Doe", "(Oxon)"]);
  });

  it("tells a name with its letters from 'City, Region', leaving two capitals to the region", () => {
    expect(endsInCredentials("Declan Boyle, CPA")).toBe(true);
    expect(endsInCredentials("Anjali Varma, MPharm, MRPharmS")).toBe(true);
    expect(endsInCredentials("Boston, MA")).toBe(false);
    expect(endsInCredentials("Leeds, UK")).toBe(false);
    expect(endsInCredentials("Lyon")).toBe(false);
  });
});
