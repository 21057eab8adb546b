import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { checkZipArchive, detectFileType } from "@/lib/cv/extract/file-type";
import { zip } from "@/scripts/lib/hostile-files.mjs";

const corpus = path.resolve(import.meta.dirname, "../../../../shared/corpus");
const read = (file: string) => extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, file))), { maxBytes: 5 * 1024 * 1024 });
const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "none",
    (e: unknown) => (e instanceof ExtractionError ? e.problem : `crash: ${String(e)}`),
  );

describe("CV text extraction on the corpus", () => {
  it("keeps a two-column layout's sidebar out of the job bullets, like the single-column version of the same CV", async () => {
    const two = (await read("resumes/john-doe-swe_chromium-two-column.pdf")).lines;
    const one = (await read("resumes/john-doe-swe_chromium-single-column.pdf")).lines;
    const experience = (lines: string[]) => {
      const start = lines.indexOf("EXPERIENCE");
      const end = lines.findIndex((l, i) => i > start && ["PROJECTS", "EDUCATION", "SKILLS"].includes(l));
      return lines.slice(start, end);
    };
    expect(experience(two).length).toBeGreaterThan(10);
    expect(experience(two).join("\n")).not.toMatch(/Elasticsearch|Terraform|GraphQL/);
    // The layouts wrap lines at different widths; the words, in order, are the same.
    const words = (lines: string[]) =>
      experience(lines)
        .join(" ")
        .split(/\s+/)
        .filter((w) => /^[a-z]/i.test(w));
    expect(words(two)).toEqual(words(one));
  });

  it("reads a left sidebar before the main column, and joins letter-spaced headings", async () => {
    const lines = (await read("resumes/john-doe-backend_chrome-sidebar.pdf")).lines;
    expect(lines).toContain("SKILLS");
    expect(lines.indexOf("SKILLS")).toBeLessThan(lines.indexOf("EXPERIENCE"));
    expect(lines.slice(lines.indexOf("SKILLS"), lines.indexOf("EDUCATION"))).toContain("• Spring Boot");
  });

  it("does not split a row-aligned date column from its entries", async () => {
    const lines = (await read("resumes/harvey-dent-mle_moderncv.pdf")).lines;
    expect(lines.some((l) => /^2018 – 2021 Data Scientist, Uber/.test(l))).toBe(true);
  });

  it("normalises ligatures, soft hyphens, odd spaces and dashes", async () => {
    const all = [
      ...(await read("resumes/john-doe_openresume-react-pdf.pdf")).lines,
      ...(await read("resumes/leo-leopard_word-export.pdf")).lines,
      ...(await read("resumes/byungjin-park_awesome-cv.pdf")).lines,
    ].join("\n");
    expect(all).not.toMatch(/[\uFB00-\uFB06\u00AD\u00A0\u2010\u2011\u2212\t\r]/);
    expect(all).toContain("(909) 555-5555");
    expect(all).toMatch(/fi(xed|rst)/);
  });

  it("reads DOCX paragraphs and table cells, Chinese included", async () => {
    const table = (await read("resumes/zh_sayi_poi-tl-table.docx")).lines.join("\n");
    expect(table).toContain("adasai90@gmail.com");
    expect(table).toContain("BUG工程师");
    const plain = await read("resumes/jane-smith_minimal.docx");
    expect(plain.type).toBe("docx");
    expect(plain.lines).toContain("Senior Engineer at Acme Corp 2020-2023");
  });

  it("leaves out text too small to read, and counts it", async () => {
    const hidden = await read("adversarial/daniel-okafor_hidden-white-text.pdf");
    expect(hidden.hiddenTextItems).toBeGreaterThan(0);
    expect(hidden.lines.join("\n")).not.toMatch(/ignore all previous|Kubernetes/i);
    expect((await read("resumes/john-doe-swe_chromium-single-column.pdf")).hiddenTextItems).toBe(0);
  });

  it("says why a protected, scanned, empty or foreign file cannot be read", async () => {
    expect(await problemOf(read("resumes/edge_password-protected.pdf"))).toBe("password_protected");
    expect(await problemOf(read("resumes/jake-gutierrez_scanned-image-only.pdf"))).toBe("image_only");
    const bytes = (s: string | Buffer) => new Uint8Array(Buffer.from(s));
    expect(await problemOf(extractCvText(new Uint8Array(), { maxBytes: 100 }))).toBe("empty");
    expect(await problemOf(extractCvText(bytes("x".repeat(200)), { maxBytes: 100 }))).toBe("too_large");
    expect(await problemOf(extractCvText(bytes("%PDF-1.7 but nothing else"), { maxBytes: 1000 }))).toBe("unreadable");
    expect(await problemOf(extractCvText(bytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), { maxBytes: 1000 }))).toBe(
      "unsupported_type",
    );
  });
});

describe("file type and zip checks", () => {
  it("knows a file by its bytes, not its name", () => {
    expect(detectFileType(new Uint8Array(Buffer.from("\n\n%PDF-1.4 ...")))).toBe("pdf");
    expect(detectFileType(zip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]))).toBe("docx");
    expect(() => detectFileType(zip([{ name: "mimetype", data: Buffer.from("application/epub+zip") }]))).toThrow(ExtractionError);
    expect(() => detectFileType(new Uint8Array(Buffer.from("GIF89a")))).toThrow(/Only PDF and DOCX/);
  });

  it("refuses an archive that inflates past the budget, even when its sizes are declared small", () => {
    const bomb = zip([{ name: "word/document.xml", data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => checkZipArchive(bomb, { maxEntries: 10, maxTotalBytes: 1024 * 1024 })).toThrow(expect.objectContaining({ problem: "zip_bomb" }));
    const many = zip(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from("x") })));
    expect(() => checkZipArchive(many, { maxEntries: 10, maxTotalBytes: 1024 * 1024 })).toThrow(expect.objectContaining({ problem: "zip_bomb" }));
    expect(() => checkZipArchive(zip([{ name: "word/document.xml", data: Buffer.alloc(1000) }]), { maxEntries: 10, maxTotalBytes: 1024 * 1024 })).not.toThrow();
  });
});
