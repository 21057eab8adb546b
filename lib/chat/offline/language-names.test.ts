import { describe, expect, it } from "vitest";
import { languagesNamed } from "@/lib/chat/offline/language-names";

describe("languagesNamed", () => {
  it("reads one language under its names in several languages", () => {
    const english = languagesNamed("English");
    expect(english).toHaveLength(1);
    for (const name of ["Inglés", "anglais", "Englisch"]) expect(languagesNamed(name)).toEqual(english);
    expect(languagesNamed("Deutsch")).not.toEqual(english);
  });
  it("keeps languages written alike everywhere apart", () => {
    expect(languagesNamed("Igbo")).not.toEqual(languagesNamed("Yoruba"));
  });
  it("finds none in a sentence without a language", () => {
    expect(languagesNamed("Led a team of five")).toEqual([]);
  });
});
