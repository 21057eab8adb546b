import fs from "node:fs/promises";
import type { Download } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";

/** Reads a downloaded PDF back: checks it is a PDF and returns its text, with whitespace collapsed. */
export async function readPdfDownload(download: Download): Promise<{ header: string; text: string; pages: number }> {
  const bytes = await fs.readFile(await download.path());
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { header: bytes.subarray(0, 5).toString("latin1"), text: text.replace(/\s+/g, " "), pages: totalPages };
}
