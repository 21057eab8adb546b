import { inflateRawSync } from "node:zlib";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";

export type CvFileType = "pdf" | "docx";

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/** A PDF header ("%PDF-") within the first KiB, where the format allows it to sit. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

/**
 * The file's real type from its first bytes, whatever its name or the browser claims: PDF ("%PDF-",
 * which the format allows a little way in) or DOCX (a zip holding word/document.xml). Anything else
 * is refused, including old .doc files and password-protected Word files (both OLE containers).
 */
export function detectFileType(bytes: Uint8Array): CvFileType {
  if (looksLikePdf(bytes)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = readZipDirectory(bytes);
    if (entries.some((e) => e.name === "word/document.xml")) return "docx";
  }
  throw new ExtractionError("unsupported_type");
}

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localHeaderOffset: number };

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB (after an optional comment).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ExtractionError("unreadable");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ExtractionError("zip_bomb"); // ZIP64: no CV needs it
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ExtractionError("unreadable");
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString("utf8"),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

export const zipLimits = { maxEntries: 1_000, maxTotalBytes: 60 * 1024 * 1024 };

/**
 * Guards against zip bombs before a DOCX is opened: few enough entries, and every entry actually
 * inflated (not its declared size, which can lie) within what is left of the total budget.
 */
export function checkZipArchive(bytes: Uint8Array, limits = zipLimits): void {
  const entries = readZipDirectory(bytes);
  if (entries.length > limits.maxEntries) throw new ExtractionError("zip_bomb");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = limits.maxTotalBytes;
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ExtractionError("unreadable");
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    let inflated: number;
    if (entry.method === 0) inflated = data.length;
    else if (entry.method === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw new ExtractionError("zip_bomb");
        throw new ExtractionError("unreadable");
      }
    } else throw new ExtractionError("unreadable");
    budget -= inflated;
    if (budget < 0) throw new ExtractionError("zip_bomb");
  }
}
