import { describe, expect, it } from "vitest";
import { namesOrganisation, sameWord, yearsIn } from "@/lib/chat/offline/scope";
import { wordsFor } from "@/lib/chat/offline/words";

describe("scope", () => {
  it("finds an employer by a distinctive word of its name, in another form too", () => {
    expect(namesOrganisation(wordsFor("What did she do at Northwind?"), "Northwind Telecom Ltd")).toBe(true);
    expect(namesOrganisation(wordsFor("Seit wann bei den Stadtwerken?"), "Stadtwerke-Service Rhein-Main GmbH")).toBe(true);
    expect(namesOrganisation(wordsFor("What did she do at university?"), "Northwind Telecom Ltd")).toBe(false);
  });
  it("reads word forms as one word only when they are long enough", () => {
    expect(sameWord("stadtwerke", "stadtwerken")).toBe(true);
    expect(sameWord("go", "google")).toBe(false);
  });
  it("reads the years a question names", () => {
    expect(yearsIn(wordsFor("Where was he in 2019 and 2021, not 12345?"))).toEqual([2019, 2021]);
  });
});
