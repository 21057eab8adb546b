// Files built the way an attacker would build them, for the parse-pool tests and the upload load
// benchmark: PDFs whose streams inflate to gigabytes, with thousands of pages or millions of text
// operators, and DOCX archives with far more text than a CV. Small on disk, costly to read.
import { constants, crc32, deflateRawSync, deflateSync } from "node:zlib";

const MB = 1024 * 1024;

/**
 * A zlib stream of `prefix` followed by `megabytes` of blank space, built without holding the
 * blank space: one megabyte is deflated with a full flush (which ends its blocks on a byte boundary
 * and forgets the history, so the piece can be repeated as is), then repeated.
 */
function zlibWithBlankRun(prefix, megabytes) {
  const flushed = (data) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const blankMegabyte = flushed(Buffer.alloc(MB, 0x20));
  const emptyFinalBlock = Buffer.from([0x03, 0x00]);
  // Adler-32 of the whole text: the prefix byte by byte, then the run by formula.
  const mod = 65521n;
  let a = 1n;
  let b = 0n;
  for (const byte of prefix) {
    a = (a + BigInt(byte)) % mod;
    b = (b + a) % mod;
  }
  const n = BigInt(megabytes * MB);
  const space = 0x20n;
  b = (b + n * a + (space * n * (n + 1n)) / 2n) % mod;
  a = (a + n * space) % mod;
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), flushed(prefix), ...Array(megabytes).fill(blankMegabyte), emptyFinalBlock, checksum]);
}

/**
 * A valid PDF with one page per zlib-compressed content stream, Helvetica as its font. `encoding`
 * "hex" stores each stream as hex text of its zlib data ([/ASCIIHexDecode /FlateDecode]), which a
 * scan for zlib data does not see.
 */
function pdfFromZlibStreams(streams, { encoding = "flate" } = {}) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Count ${streams.length} /Kids [${streams.map((_, i) => `${4 + 2 * i} 0 R`).join(" ")}] >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ].map((text) => Buffer.from(text));
  for (const [i, zlibData] of streams.entries()) {
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`));
    const data = encoding === "hex" ? Buffer.from(`${zlibData.toString("hex")}>`) : zlibData;
    const filter = encoding === "hex" ? "[/ASCIIHexDecode /FlateDecode]" : "/FlateDecode";
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter ${filter} >>\nstream\n`), data, Buffer.from("\nendstream")]));
  }
  const parts = [Buffer.from("%PDF-1.7\n")];
  const offsets = [];
  let offset = parts[0].length;
  for (const [i, body] of objects.entries()) {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    parts.push(object);
    offset += object.length;
  }
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** A valid PDF with one page per content stream (PDF drawing operators). */
export function pdfWithPages(contents) {
  return pdfFromZlibStreams(contents.map((content) => deflateSync(content, { level: 9 })));
}

const visibleLine = (text, y = 720) => Buffer.from(`BT /F1 12 Tf 72 ${y} Td (${text}) Tj ET\n`);

/** One page whose content stream inflates to `megabytes` of blank space after one line of text. */
export function inflationBombPdf(megabytes, options) {
  return pdfFromZlibStreams([zlibWithBlankRun(visibleLine("Curriculum vitae"), megabytes)], options);
}

/** A PDF of `pages` pages, each with one line of text. */
export function manyPagesPdf(pages) {
  return pdfWithPages(Array.from({ length: pages }, (_, i) => visibleLine(`Page ${i + 1}`)));
}

/** One page drawing `operators` one-letter texts: small inflated, slow and heap-hungry to lay out. */
export function textFloodPdf(operators) {
  return pdfWithPages([Buffer.from("BT /F1 1 Tf 0 0 Td (a) Tj ET\n".repeat(operators))]);
}

/**
 * A zip archive built by hand, so tests control sizes the way an attacker would: `declaredSize`
 * states an uncompressed size other than the real one.
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, declaredSize = data.length } of entries) {
    const compressed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A DOCX that Word and mammoth open, its body the given paragraphs, with a page header and footer when given. */
export function docxWithParagraphs(paragraphs, { header = [], footer = [] } = {}) {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const runs = (texts) => texts.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join("");
  const body = runs(paragraphs);
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
    { name: "word/document.xml", data: Buffer.from(`<?xml version="1.0"?><w:document ${ns}><w:body>${body}</w:body></w:document>`) },
    ...(header.length ? [{ name: "word/header1.xml", data: Buffer.from(`<?xml version="1.0"?><w:hdr ${ns}>${runs(header)}</w:hdr>`) }] : []),
    ...(footer.length ? [{ name: "word/footer1.xml", data: Buffer.from(`<?xml version="1.0"?><w:ftr ${ns}>${runs(footer)}</w:ftr>`) }] : []),
  ]);
}

/** A DOCX whose text runs to `megabytes` of words: within the archive budget, far beyond any CV. */
export function hugeTextDocx(megabytes) {
  const paragraph = "Managed a team of engineers and shipped reliable software on time. ".repeat(4);
  return docxWithParagraphs(Array.from({ length: Math.ceil((megabytes * MB) / paragraph.length) }, () => paragraph));
}

/** A DOCX whose document part inflates to `megabytes` of blank space: a zip bomb. */
export function zipBombDocx(megabytes) {
  return docxWithParagraphs(["Curriculum vitae", " ".repeat(megabytes * MB)]);
}
