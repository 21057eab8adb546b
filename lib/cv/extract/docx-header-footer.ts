import { inflateRawSync } from "node:zlib";
import { readZipDirectory, zipLimits } from "@/lib/cv/extract/file-type";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(\w{2,4}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : "";
    return entities[name!.toLowerCase()] ?? whole;
  });
}

/** The paragraphs of a WordprocessingML part, one line each; a tab stop becomes a wide gap, as in PDF lines. */
export function paragraphsOf(xml: string): string[] {
  return xml
    .split("</w:p>")
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
        .map((m) => (m[2] === "tab" ? "   " : m[2] === "br" ? "\n" : decodeEntities(m[1]!)))
        .join(""),
    )
    .flatMap((p) => p.split("\n"))
    .map((p) => p.trim())
    .filter(Boolean);
}

function partText(bytes: Uint8Array, entry: ReturnType<typeof readZipDirectory>[number]): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  const raw = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: zipLimits.maxTotalBytes });
  return Buffer.from(raw).toString("utf8");
}

/**
 * The text of a DOCX's page headers and footers, which mammoth leaves out although some CVs keep the
 * name or the contact details only there. Each distinct line once, headers and footers apart. Call
 * only after `checkZipArchive` has vetted the archive.
 */
export function docxHeaderFooterLines(bytes: Uint8Array): { header: string[]; footer: string[] } {
  const parts = readZipDirectory(bytes)
    .filter((e) => /^word\/(?:header|footer)\d*\.xml$/.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  const seen = new Set<string>();
  const out = { header: [] as string[], footer: [] as string[] };
  for (const entry of parts) {
    let lines: string[];
    try {
      lines = paragraphsOf(partText(bytes, entry));
    } catch {
      continue; // A damaged header part costs that part, not the CV.
    }
    const target = entry.name.startsWith("word/header") ? out.header : out.footer;
    for (const line of lines) {
      if (seen.has(line)) continue;
      seen.add(line);
      target.push(line);
    }
  }
  return out;
}
