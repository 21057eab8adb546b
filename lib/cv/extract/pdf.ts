import { getDocumentProxy } from "unpdf";
import { ExtractionError, tooManyPagesError, tooMuchTextError } from "@/lib/cv/extract/extraction-error";
import { extractionLimits } from "@/lib/cv/extract/limits";
import { checkPdfStreams } from "@/lib/cv/extract/pdf-streams";
import { hiddenItemCount, pageLines, type TextItem } from "@/lib/cv/extract/pdf-layout";
import { joinPages } from "@/lib/cv/extract/running-lines";

export type ExtractedText = { lines: string[]; pages: number; hiddenTextItems: number };

type PdfTextItem = { str?: string; transform?: number[]; width?: number; height?: number };

/**
 * Reads a PDF's text layer page by page, in reading order, keeping columns apart. Refuses files over
 * the extraction limits (inflated size, pages, characters) before reading further.
 */
export async function extractPdfText(bytes: Uint8Array, limits = extractionLimits): Promise<ExtractedText> {
  await checkPdfStreams(bytes, limits.maxPdfInflatedBytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    if ((error as { name?: string }).name === "PasswordException") throw new ExtractionError("password_protected");
    throw new ExtractionError("unreadable");
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) throw tooManyPagesError(pdf.numPages, limits.maxPdfPages);
    const pages: string[][] = [];
    let hiddenTextItems = 0;
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: TextItem[] = (content.items as PdfTextItem[])
        .filter((i) => typeof i.str === "string" && i.str.length > 0 && i.transform)
        .map((i) => ({
          // Letter-spaced headings ("S K I L L S") come as one item with a space between letters.
          text: /^(?:\S ){2,}\S$/u.test(i.str!) ? i.str!.replace(/ /g, "") : i.str!,
          x: i.transform![4]!,
          y: i.transform![5]!,
          width: i.width ?? 0,
          height: i.height || Math.hypot(i.transform![2]!, i.transform![3]!),
        }));
      characters += items.reduce((sum, i) => sum + i.text.length, 0);
      if (characters > limits.maxTextChars) throw tooMuchTextError(limits.maxTextChars);
      hiddenTextItems += hiddenItemCount(items);
      pages.push(pageLines(items, width));
    }
    const lines = joinPages(pages);
    if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l))) throw new ExtractionError("image_only");
    return { lines, pages: pdf.numPages, hiddenTextItems };
  } catch (error) {
    // A damaged file can open and still fail on a page (a broken page tree, a cut-off stream).
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError("unreadable");
  } finally {
    await pdf.cleanup();
  }
}
