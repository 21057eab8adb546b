import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { DocumentPdf } from "@/components/documents/document-pdf";
import { markdownToBlocks } from "@/lib/documents/markdown-blocks";

// In Node, @react-pdf reads the bundled fonts from disk instead of over HTTP.
const publicDir = path.resolve(import.meta.dirname, "../../public");

async function render(markdown: string, template: "document" | "letter" | "sheet" = "document", subtitle = "Acme · Data") {
  const element = createElement(DocumentPdf, {
    origin: publicDir,
    template,
    kicker: "Job description",
    subtitle,
    title: "T",
    blocks: markdownToBlocks(markdown),
    footer: "Job description · Offline draft",
  });
  const bytes = await renderToBuffer(element as never);
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return { pages: text.map((t) => t.replace(/\s+/g, " ")), totalPages };
}

describe("document PDF template", () => {
  it("numbers every page and repeats the header and footer", async () => {
    const long = "# Long document\n\n" + Array.from({ length: 90 }, (_, i) => `Paragraph ${i} explains one more part of the role in plain words.`).join("\n\n");
    const { pages, totalPages } = await render(long);
    expect(totalPages).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${totalPages}`);
      expect(page).toContain("Job description · Offline draft");
      expect(page).toContain("Acme · Data");
    });
  });

  it("renders every character right in a document made after one with many glyphs", async () => {
    await render("# Ελληνικά — Русский\n\nΑβγδεζηθ ικλμνξοπ. Съешь же ещё этих мягких французских булок.");
    const { pages } = await render("# Offer of employment\n\nYes, only you: every day, joyfully.");
    expect(pages.join(" ")).toContain("Offer of employment Yes, only you: every day, joyfully.");
  });

  it("keeps accented Latin, Greek and Cyrillic text intact", async () => {
    const { pages } = await render("# Ingeniera de datos — Zürich\n\nCiência, façade, Ærø, Łódź. Ελληνικά. Русский текст.");
    const text = pages.join(" ");
    for (const phrase of ["Ingeniera de datos — Zürich", "Ciência, façade, Ærø, Łódź.", "Ελληνικά.", "Русский текст."]) expect(text).toContain(phrase);
  });
});

describe("letter and sheet templates", () => {
  it("puts the company's letterhead on an offer letter", async () => {
    const { pages } = await render("# Offer of employment\n\nDear Amara,", "letter", "Atelier Nord SAS · 8 Quai de Jemmapes, 75010 Paris");
    expect(pages[0]).toMatch(/^Atelier Nord SAS 8 Quai de Jemmapes, 75010 Paris Offer of employment Dear Amara,/);
  });

  it("leaves a box for notes instead of blank lines on an interview sheet", async () => {
    const { pages } = await render("### Question 1\n\n*Notes:*\n\n&nbsp;\n\n&nbsp;\n\n*Score (1–5):* ______", "sheet");
    expect(pages[0]).toContain("Question 1 Notes Score (1–5): ______");
  });
});
