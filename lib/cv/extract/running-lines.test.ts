import { describe, expect, it } from "vitest";
import { joinPages } from "@/lib/cv/extract/running-lines";

describe("joining a PDF's pages", () => {
  it("drops page numbers and keeps a running header once, where it first stands", () => {
    const pages = [
      ["Curriculum Vitae   Ana Souza", "Experience", "Analyst at Acme", "Page 1 of 2"],
      ["Curriculum Vitae   Ana Souza", "Education", "BSc, Lakeside University", "Page 2 of 2"],
    ];
    expect(joinPages(pages)).toEqual(["Curriculum Vitae   Ana Souza", "Experience", "Analyst at Acme", "", "Education", "BSc, Lakeside University"]);
  });

  it("moves a running footer to the end, once, since it may hold the only contact details", () => {
    const pages = [
      ["Ana Souza", "Experience", "Analyst at Acme", "ana@example.com • +1 555 0100", "1/2"],
      ["Education", "BSc, Lakeside University", "ana@example.com • +1 555 0100", "2/2"],
    ];
    expect(joinPages(pages)).toEqual([
      "Ana Souza",
      "Experience",
      "Analyst at Acme",
      "",
      "Education",
      "BSc, Lakeside University",
      "",
      "ana@example.com • +1 555 0100",
    ]);
  });

  it("runs a bullet that a page break cut on into the next page", () => {
    const pages = [
      ["Experience", "• Led the redesign of drainage for the", "Page 1 of 2"],
      ["ring road, cutting flood events by half.", "Education"],
    ];
    expect(joinPages(pages)).toEqual(["Experience", "• Led the redesign of drainage for the", "ring road, cutting flood events by half.", "Education"]);
  });

  it("drops a later page's header naming the document, which the first page does not repeat", () => {
    const pages = [
      ["Dr Ana Souza CEng", "Experience", "• Designed the bridge deck.", "Page 1 of 2"],
      ["Ana Souza – Curriculum Vitae", "• Checked the drainage model.", "Education"],
    ];
    expect(joinPages(pages)).toEqual(["Dr Ana Souza CEng", "Experience", "• Designed the bridge deck.", "", "• Checked the drainage model.", "Education"]);
    const mention = [
      ["Ana Souza", "Experience", "Page 1 of 2"],
      ["Resume screening for 40 roles a month", "Education"],
    ];
    expect(joinPages(mention)).toContain("Resume screening for 40 roles a month");
  });

  it("leaves a one-page CV's lines as they are, apart from a page number", () => {
    expect(joinPages([["Ana Souza", "Experience", "1"]])).toEqual(["Ana Souza", "Experience"]);
  });
});
