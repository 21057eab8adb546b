import { describe, expect, it } from "vitest";
import { paragraphsOf } from "@/lib/cv/extract/docx-header-footer";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { zip } from "@/scripts/lib/hostile-files.mjs";

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraphs = (texts: string[]) => texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join("");

function docx({ header, body, footer }: { header: string[]; body: string[]; footer: string[] }): Uint8Array {
  return zip([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: "word/document.xml", data: Buffer.from(`<?xml version="1.0"?><w:document ${ns}><w:body>${paragraphs(body)}</w:body></w:document>`) },
    { name: "word/header1.xml", data: Buffer.from(`<?xml version="1.0"?><w:hdr ${ns}>${paragraphs(header)}</w:hdr>`) },
    { name: "word/footer1.xml", data: Buffer.from(`<?xml version="1.0"?><w:ftr ${ns}>${paragraphs(footer)}</w:ftr>`) },
  ]);
}

describe("DOCX page headers and footers", () => {
  it("puts the page header's lines first and the footer's last, where a name or contact details may be the only copy", async () => {
    const bytes = docx({ header: ["NIAMH O’CONNOR"], body: ["EXPERIENCE", "Picker at Depot Ltd"], footer: ["niamh@example.com"] });
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
