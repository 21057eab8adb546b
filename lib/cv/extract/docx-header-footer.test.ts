import { describe, expect, it } from "vitest";
import { paragraphsOf } from "@/lib/cv/extract/docx-header-footer";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { docxWithParagraphs } from "@/scripts/lib/hostile-files.mjs";

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
describe("DOCX page headers and footers", () => {
  it("puts the page header's lines first and the footer's last, where a name or contact details may be the only copy", async () => {
    const bytes = docxWithParagraphs(["EXPERIENCE", "Picker at Depot Ltd"], { header: ["NIAMH O’CONNOR"], footer: ["niamh@example.com"] });
    const { lines } = await extractCvText(bytes, { maxBytes: 1024 * 1024 });
    expect(lines[0]).toBe("NIAMH O’CONNOR");
    expect(lines).toContain("Picker at Depot Ltd");
    expect(lines.at(-1)).toBe("niamh@example.com");
  });

  it("reads a part's paragraphs with their tabs as wide gaps and entities decoded", () => {
    const xml = `<w:hdr ${ns}><w:p><w:r><w:t>Name</w:t></w:r><w:r><w:tab/><w:t>Smith &amp; Sons</w:t></w:r></w:p><w:p></w:p><w:p><w:r><w:t>Page 1</w:t></w:r></w:p></w:hdr>`;
    expect(paragraphsOf(xml)).toEqual(["Name   Smith & Sons", "Page 1"]);
  });
});
