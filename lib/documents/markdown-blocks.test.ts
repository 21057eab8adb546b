import { describe, expect, it } from "vitest";
import { markdownToBlocks, plainText } from "@/lib/documents/markdown-blocks";

describe("markdown to blocks", () => {
  it("keeps headings, emphasis, lists and tables", () => {
    const blocks = markdownToBlocks(
      "# Titel für Ärzte\n\n**Acme** · _remote_\n\n## Duties\n\n- Lead the *team*\n- Ship\n\n1. First\n\n| A | B |\n|---|---|\n| x & y | 2 |\n",
    );
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "heading", "list", "list", "table"]);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, runs: [{ text: "Titel für Ärzte" }] });
    expect(blocks[1]).toMatchObject({ runs: [{ text: "Acme", bold: true }, { text: " · " }, { text: "remote", italic: true }] });
    const list = blocks[3];
    expect(list?.kind === "list" && list.items.map(plainText)).toEqual(["Lead the team", "Ship"]);
    expect(blocks[4]).toMatchObject({ kind: "list", ordered: true });
    const table = blocks[5];
    expect(table?.kind === "table" && plainText(table.rows[0]?.[0] ?? [])).toBe("x & y");
  });
});
