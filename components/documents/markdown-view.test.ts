import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownView } from "@/components/documents/markdown-view";

const html = (text: string) => renderToString(createElement(MarkdownView, { text })).replace(/<!-- -->/g, "");

describe("the document view", () => {
  it("draws headings, emphasis, lists, quotes and tables", () => {
    const out = html("# Offer\n\nWe offer **€60,000** a *year*.\n\n- Laptop\n- Phone\n\n1. Sign\n\n> Welcome\n\n| Day | Task |\n|---|---|\n| 1 | Setup |\n");
    expect(out).toContain("<h1>Offer</h1>");
    expect(out).toContain("<p>We offer <strong>€60,000</strong> a <em>year</em>.</p>");
    expect(out).toContain("<ul><li>Laptop</li><li>Phone</li></ul>");
    expect(out).toContain("<ol><li>Sign</li></ol>");
    expect(out).toContain("<blockquote><p>Welcome</p></blockquote>");
    expect(out).toContain("<thead><tr><th>Day</th><th>Task</th></tr></thead><tbody><tr><td>1</td><td>Setup</td></tr></tbody>");
  });

  it("shows HTML and links in a document as text, never as markup", () => {
    const out = html('Click <img src=x onerror="alert(1)"> or [here](javascript:alert(1)).');
    expect(out).not.toContain("<img");
    expect(out).not.toContain("href");
    expect(out).toContain("&lt;img");
  });

  it("renders a document nested thousands of levels deep", () => {
    expect(html("1. ".repeat(10_000))).toContain("<ol>");
  });
});
