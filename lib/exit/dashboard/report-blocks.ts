import type { Block, Run } from "@/lib/documents/markdown-blocks";
import type { ExitReport } from "@/lib/exit/dashboard/report";

// The exit report as the document blocks the PDF writer draws, so the report uses the same PDF
// template, fonts and page furniture as every other document.

const runs = (text: string): Run[] => [{ text }];
const paragraph = (text: string): Block => ({ kind: "paragraph", runs: runs(text) });
const heading = (level: number, text: string): Block => ({ kind: "heading", level, runs: runs(text) });

const summaryNotice: Record<Exclude<ExitReport["summaryState"], "done">, string> = {
  pending: "The summary is being prepared.",
  failed: "The summary could not be prepared.",
  not_started: "The summary is written once the interview is finished.",
  withdrawn: "The employee withdrew their consent: nothing they said was kept.",
};

export function reportBlocks(report: ExitReport): Block[] {
  const blocks: Block[] = [heading(1, report.title)];
  blocks.push({ kind: "table", header: [runs("Field"), runs("Value")], rows: report.facts.map((f) => [runs(f.label), runs(f.value)]) });
  blocks.push(heading(2, "Summary"));
  if (report.summaryState !== "done") blocks.push(paragraph(summaryNotice[report.summaryState]));
  else {
    if (report.sentiment) blocks.push(paragraph(`Overall sentiment: ${report.sentiment}`));
    if (report.themes.length) blocks.push(paragraph(`Themes: ${report.themes.join(", ")}`));
    for (const section of report.sections) {
      blocks.push(heading(3, section.heading));
      blocks.push(section.items.length ? { kind: "list", ordered: false, items: section.items.map(runs) } : paragraph("Nothing said."));
    }
  }
  if (report.quotes.length) {
    blocks.push(heading(2, "In their words"));
    for (const quote of report.quotes) blocks.push({ kind: "quote", runs: runs(quote) });
  }
  if (report.purged) blocks.push(paragraph("The answers were deleted at the end of the retention period; only the totals remain."));
  if (report.transcript?.length) {
    blocks.push(heading(2, "Transcript"));
    for (const entry of report.transcript) {
      blocks.push(heading(3, `${entry.area}${entry.followUp ? " (follow-up)" : ""}: ${entry.question}`));
      blocks.push(paragraph(entry.answer ?? "Skipped."));
      const labels = [entry.sentiment ? `Sentiment: ${entry.sentiment}` : null, entry.themes.length ? `Themes: ${entry.themes.join(", ")}` : null].filter(
        Boolean,
      );
      if (labels.length) blocks.push({ kind: "paragraph", runs: [{ text: labels.join(" · "), italic: true }] });
    }
  }
  return blocks;
}
