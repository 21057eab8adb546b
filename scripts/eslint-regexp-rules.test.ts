import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rules keep patterns that backtrack on user text out of the code base: this checks that the
// project's configuration refuses such patterns and accepts their linear rewrites.
const root = path.resolve(import.meta.dirname, "..");

async function regexpProblems(code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, "lib/example.ts") });
  return result!.messages.map((m) => m.ruleId ?? "").filter((rule) => rule.startsWith("regexp/"));
}

describe("the lint rules on regular expressions", () => {
  it("refuse a pattern that scans again from every character, like a sentence around a keyword", async () => {
    expect(await regexpProblems("export const education = /[^.\\n]*\\b(bachelor|degree)\\b[^.\\n]*/i;\n")).toContain("regexp/no-super-linear-move");
  });

  it("refuse quantifiers that can split one run of spaces between them", async () => {
    expect(await regexpProblems("export const range = /(\\d{4})\\s*(?:-|to)?\\s*(\\d{4})/;\n")).toContain("regexp/no-super-linear-backtracking");
  });

  it("accept the same patterns written to run in linear time", async () => {
    expect(
      await regexpProblems("export const range = /(\\d{4})\\s*(?:(?:-|to)\\s*)?(\\d{4})/;\nexport const run = /(?<![\\d,.])[,.]*\\d[\\d,.]*\\s?EUR/;\n"),
    ).toEqual([]);
  });
});
