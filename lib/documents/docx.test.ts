import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { docxBuffer } from "@/lib/documents/docx";
import { markdownToBlocks } from "@/lib/documents/markdown-blocks";

describe("DOCX export", () => {
  it("reads back with its headings, lists, tables and accented, Greek and Cyrillic text intact", async () => {
    const markdown =
      "# Oferta — Zürich\n\n**Acme** · hybrid\n\n## Duties\n\n- Lead the *team*\n- Ελληνικά και Русский\n\n| Task | Owner |\n|---|---|\n| Laptop | IT |\n";
    const buffer = await docxBuffer(markdownToBlocks(markdown), {
      title: "Oferta",
      kicker: "Offer letter",
      subtitle: "Acme · Paris",
      footer: "Offer letter · Offline draft",
    });
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain("<h1>Oferta — Zürich</h1>");
    expect(html).toContain("<h2>Duties</h2>");
    expect(html).toContain("<strong>Acme</strong>");
    expect(html).toMatch(/<li>Lead the <em>team<\/em><\/li>/);
    expect(html).toContain("Ελληνικά και Русский");
    expect(html).toMatch(/<table>[\s\S]*Laptop[\s\S]*IT[\s\S]*<\/table>/);
    expect(html).toContain("Offer letter");
  });
});
