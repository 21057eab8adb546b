import { describe, expect, it } from "vitest";
import { findLanguages } from "@/lib/cv/parse/languages";

const names = (section: string[], all: string[] = section) => findLanguages(section, all).map((l) => l.value);

describe("reading spoken languages", () => {
  it("reads a list on one line with levels in brackets, names as the CV writes them", () => {
    expect(names(["English (native), Spanish (B2)"])).toEqual(["English", "Spanish"]);
    expect(names(["Deutsch (Muttersprache) · Englisch (gute Kenntnisse, B1) · Türkisch (Grundkenntnisse)"])).toEqual(["Deutsch", "Englisch", "Türkisch"]);
  });

  it("reads one language per line, with the level beside it or on the next line", () => {
    expect(names(["English   Native", "Spanish   Fluent"])).toEqual(["English", "Spanish"]);
    expect(names(["Français", "Langue maternelle", "Anglais", "B2"])).toEqual(["Français", "Anglais"]);
    expect(names(["Deutsch – Muttersprache", "Polnisch – verhandlungssicher"])).toEqual(["Deutsch", "Polnisch"]);
    expect(names(["English   ●●●●●", "German   ●●○○○"])).toEqual(["English", "German"]);
  });

  it("keeps out what runs into the section: a name with credentials, a headline, page numbers", () => {
    expect(names(["English", "Spanish (conversational)", "Mara Quinn, RN, BSN", "Progressive care nurse", "Page 2 of 2"])).toEqual(["English", "Spanish"]);
  });

  it("reads the spoken languages under a 'Languages' label of a skills list, not programming languages", () => {
    const skills = ["Programming: Python, Go", "Languages: English, French, Python", "Language: Fluent in Spanish"];
    expect(names([], skills)).toEqual(["English", "French", "Spanish"]);
    expect(names([], ["Languages English | French | Chinese"])).toEqual(["English", "French", "Chinese"]);
    expect(names([], ["• Human Languages:", "– English (native speaker)", "– Portuguese"])).toEqual(["English", "Portuguese"]);
  });

  it("reads a language named as the label of its level", () => {
    expect(names([], ["英语：CET6 620"])).toEqual(["英语"]);
  });
});
