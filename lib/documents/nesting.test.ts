import { describe, expect, it } from "vitest";
import { markdownToBlocks, plainText } from "@/lib/documents/markdown-blocks";
import { maxNesting, withBoundedNesting } from "@/lib/documents/nesting";

describe("bounded nesting", () => {
  it("leaves ordinary quotes and lists as they are", () => {
    const markdown = "# Plan\n\n- a\n  - b\n    1. c\n> quoted\n> > twice\n\n- [ ] task\n3) third\n-not a list\n";
    expect(withBoundedNesting(markdown)).toBe(markdown);
  });

  it("escapes the markers past the deepest level, so the rest reads as text", () => {
    expect(withBoundedNesting(`${"- ".repeat(20)}a`)).toBe(`${"- ".repeat(maxNesting)}\\- ${"- ".repeat(20 - maxNesting - 1)}a`);
    expect(withBoundedNesting(`${"1. ".repeat(maxNesting + 1)}x`)).toBe(`${"1. ".repeat(maxNesting)}1\\. x`);
    expect(withBoundedNesting(`${">".repeat(maxNesting + 2)} x`)).toBe(`${">".repeat(maxNesting)}\\>> x`);
  });

  it("lets a document of thousands of nested quotes be read, with the deep ones as text", () => {
    const blocks = markdownToBlocks("> ".repeat(20_000));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.kind).toBe("quote");
    expect(plainText(blocks[0]!.kind === "quote" ? blocks[0]!.runs : [])).toContain("> > > >");
  });
});
