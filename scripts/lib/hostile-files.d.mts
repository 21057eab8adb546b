export function pdfWithPages(contents: Buffer[]): Uint8Array;
export function inflationBombPdf(megabytes: number, options?: { encoding?: "flate" | "hex" }): Uint8Array;
export function manyPagesPdf(pages: number): Uint8Array;
export function textFloodPdf(operators: number): Uint8Array;
export function docxWithParagraphs(paragraphs: string[], parts?: { header?: string[]; footer?: string[] }): Uint8Array;
export function hugeTextDocx(megabytes: number): Uint8Array;
export function zipBombDocx(megabytes: number): Uint8Array;
export function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Uint8Array;
