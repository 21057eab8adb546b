import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, Run } from "@/lib/documents/markdown-blocks";

export type DocxMeta = { title: string; kicker: string; subtitle: string; footer: string };

const FONT = "Calibri";

function runs(list: Run[], base: { bold?: boolean; size?: number } = {}) {
  return list.flatMap((run) =>
    run.text.split("\n").map(
      (text, i) =>
        new TextRun({
          text,
          bold: base.bold || run.bold,
          italics: run.italic,
          font: run.code ? "Consolas" : FONT,
          size: base.size,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  );
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: headingLevels[Math.min(block.level, 4) - 1], children: runs(block.runs) })];
    case "paragraph":
      return [new Paragraph({ children: runs(block.runs), spacing: { after: 120 } })];
    case "quote":
      return [new Paragraph({ children: runs(block.runs), indent: { left: 360 } })];
    case "rule":
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "C9CCD1", space: 1 } } })];
    case "list":
      return block.items.map((item) => new Paragraph({ children: runs(item), numbering: { reference: block.ordered ? "numbers" : "bullets", level: 0 } }));
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [block.header, ...block.rows].map(
            (cells, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell, { bold: r === 0 }) })] })),
              }),
          ),
        }),
      ];
  }
}

/** The same blocks the PDF draws, as a Word document with real headings, lists and tables. */
export function buildDocx(blocks: Block[], meta: DocxMeta): Document {
  return new Document({
    title: meta.title,
    creator: "HR Copilot",
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } },
          ],
        },
        {
          reference: "numbers",
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${meta.footer} · Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: meta.kicker, bold: true, size: 18, color: "1E3A8A" })] }),
          ...(meta.subtitle ? [new Paragraph({ children: [new TextRun({ text: meta.subtitle, size: 18, color: "4B5563" })], spacing: { after: 240 } })] : []),
          ...blocks.flatMap(blockToDocx),
        ],
      },
    ],
  });
}

export function docxBlob(blocks: Block[], meta: DocxMeta): Promise<Blob> {
  return Packer.toBlob(buildDocx(blocks, meta));
}

export function docxBuffer(blocks: Block[], meta: DocxMeta): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(blocks, meta));
}
