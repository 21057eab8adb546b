// Page furniture of a multi-page PDF: page numbers ("Page 1 of 2", "2/3"), and a running header or
// footer printed on every page (the name, "Curriculum Vitae", a date and contact line). Left in place
// they cut a section, or a job's bullets, in two at every page break.

const pageNumber = /^(?:(?:page|seite|página|pagina|p\.)\s*)?\d{1,3}(?:\s*(?:of|von|de|sur|\/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/iu;
// A later page's top line naming the document ("Hamid Al-Rashidi – Curriculum Vitae") is a running header even
// when the first page, which has the full header instead, does not repeat it.
// The title is a piece of its own at either end of the line, as a label beside the name is; a sentence mentioning a résumé is not one.
const documentTitle = /^(?:curriculum vitae|resume|résumé|lebenslauf|cv)$/iu;
const namesDocument = (line: string) => {
  const pieces = line.split(/ {2,}|\s[–|·•-]\s/).map((p) => p.trim());
  return pieces.length <= 3 && (documentTitle.test(pieces[0]!) || documentTitle.test(pieces.at(-1)!));
};

/** How far from the top or the bottom of a page a running line sits. */
const edge = 3;

const keyOf = (line: string) => line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

function edgeLines(page: string[]): { index: number; top: boolean }[] {
  // Only the first and last few filled lines are looked at, found by walking in from each end.
  const top: number[] = [];
  for (let i = 0; i < page.length && top.length < edge; i++) if (page[i]!.trim()) top.push(i);
  const bottom: number[] = [];
  for (let i = page.length - 1; i > (top.at(-1) ?? -1) && bottom.length < edge; i--) if (page[i]!.trim()) bottom.unshift(i);
  // On a short page a line can be near both edges: the half of the page it is in decides.
  const middle = page.length / 2;
  return [...top, ...bottom].map((index) => ({ index, top: index < middle }));
}

/**
 * The pages' lines as one list, without page numbers, with a running header kept once where it first
 * stands and a running footer kept once at the end (it may carry the only contact details), unless
 * that furniture is all the text there is. A page
 * that ends mid-sentence runs on into the next without a blank line between them.
 */
export function joinPages(pages: string[][]): string[] {
  const pagesWithKey = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const { index } of edgeLines(page)) {
      const key = keyOf(page[index]!);
      if (!pagesWithKey.has(key)) pagesWithKey.set(key, new Set());
      pagesWithKey.get(key)!.add(p);
    }
  });
  const running = (key: string) => pages.length > 1 && (pagesWithKey.get(key)?.size ?? 0) > 1;

  const seenHeaders = new Set<string>();
  const footers: string[] = [];
  const footerKeys = new Set<string>();
  const cleaned = pages.map((page, p) => {
    const drop = new Set<number>();
    for (const { index, top } of edgeLines(page)) {
      const line = page[index]!.trim();
      const key = keyOf(line);
      if (pageNumber.test(line)) drop.add(index);
      else if (p > 0 && top && namesDocument(line)) drop.add(index);
      else if (running(key) && top) {
        if (seenHeaders.has(key)) drop.add(index);
        seenHeaders.add(key);
      } else if (running(key)) {
        drop.add(index);
        if (!footerKeys.has(key)) footers.push(line);
        footerKeys.add(key);
      }
    }
    return page.filter((_, i) => !drop.has(i));
  });

  // A file of nothing but page furniture keeps it: some text is better than none.
  const kept = cleaned.some((page) => page.some((l) => l.trim())) ? cleaned : pages;
  const out: string[] = [];
  for (const page of kept) {
    const last = out.findLast((l) => l.trim());
    const first = page.find((l) => l.trim());
    const runsOn = last !== undefined && first !== undefined && !/[.!?:;]$/.test(last.trim()) && /^\p{Ll}/u.test(first.trim());
    if (out.length && !runsOn) out.push("");
    out.push(...page);
  }
  if (footers.length) out.push("", ...footers);
  return out;
}
