import { Lexer, type Token, type Tokens } from "marked";
import { withBoundedNesting } from "@/lib/documents/nesting";

/** A run of text with its emphasis: what a PDF or DOCX writer needs from Markdown inline content. */
export type Run = { text: string; bold?: boolean; italic?: boolean; code?: boolean };

export type Block =
  | { kind: "heading"; level: number; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; ordered: boolean; items: Run[][] }
  | { kind: "quote"; runs: Run[] }
  | { kind: "rule" }
  | { kind: "table"; header: Run[][]; rows: Run[][][] };

const entities: Record<string, string> = { "&nbsp;": "\u00a0", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
// One pass, and none for the many texts without an entity.
const decode = (s: string) => (s.includes("&") ? s.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!) : s);

function runsOf(tokens: Token[] | undefined, style: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        runs.push(...runsOf((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case "em":
        runs.push(...runsOf((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case "codespan":
        runs.push({ ...style, code: true, text: decode((token as Tokens.Codespan).text) });
        break;
      case "br":
        runs.push({ ...style, text: "\n" });
        break;
      case "link":
      case "del":
        runs.push(...runsOf((token as Tokens.Link).tokens, style));
        break;
      default: {
        const t = token as Tokens.Text;
        if (t.tokens?.length) runs.push(...runsOf(t.tokens, style));
        else if ("text" in t) runs.push({ ...style, text: decode(t.text) });
      }
    }
  }
  return runs;
}

function listItemRuns(item: Tokens.ListItem): Run[] {
  return item.tokens.flatMap((t, i) => {
    const runs =
      t.type === "list"
        ? (t as Tokens.List).items.flatMap((sub) => [{ text: "\n– " }, ...listItemRuns(sub)])
        : runsOf("tokens" in t ? (t.tokens as Token[]) : [t]);
    return i > 0 && t.type !== "list" ? [{ text: " " }, ...runs] : runs;
  });
}

/** Parses Markdown into the blocks every exporter draws, so PDF and on-screen text agree. */
export function markdownToBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const token of new Lexer().lex(withBoundedNesting(markdown))) {
    switch (token.type) {
      case "heading":
        blocks.push({ kind: "heading", level: (token as Tokens.Heading).depth, runs: runsOf((token as Tokens.Heading).tokens) });
        break;
      case "paragraph":
        blocks.push({ kind: "paragraph", runs: runsOf((token as Tokens.Paragraph).tokens) });
        break;
      case "list":
        blocks.push({ kind: "list", ordered: (token as Tokens.List).ordered, items: (token as Tokens.List).items.map(listItemRuns) });
        break;
      case "blockquote":
        blocks.push({ kind: "quote", runs: (token as Tokens.Blockquote).tokens.flatMap((t) => runsOf("tokens" in t ? (t.tokens as Token[]) : [t])) });
        break;
      case "hr":
        blocks.push({ kind: "rule" });
        break;
      case "table": {
        const table = token as Tokens.Table;
        blocks.push({ kind: "table", header: table.header.map((c) => runsOf(c.tokens)), rows: table.rows.map((r) => r.map((c) => runsOf(c.tokens))) });
        break;
      }
      case "code":
        blocks.push({ kind: "paragraph", runs: [{ text: (token as Tokens.Code).text, code: true }] });
        break;
      default:
        if ("text" in token && typeof token.text === "string" && token.text.trim()) blocks.push({ kind: "paragraph", runs: [{ text: decode(token.text) }] });
    }
  }
  return blocks;
}

export function plainText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
