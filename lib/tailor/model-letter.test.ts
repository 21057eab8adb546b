import { describe, expect, it } from "vitest";
import { wordCount } from "@/lib/tailor/cover-letter";
import { writeLetterWithModel } from "@/lib/tailor/model-letter";
import { withStubLlm } from "@/lib/ai/testing/stub-models";

const llm = withStubLlm();

const cvText = "Jane Smith\nSenior Engineer at Acme Corp 2020-2023\n• Built the billing service in Python, cutting invoice errors by 30%\nSkills: Python, PostgreSQL";
const posting = { title: "Backend Engineer", company: "Globex", language: "en" as const };
const filler = "I enjoy careful work with colleagues who care about quality and about the people who use what we build. ".repeat(3).trim();


describe("a cover letter written by a model", () => {
  it("loses every line with a claim the CV does not support, and keeps the rest", async () => {
    const letter = [
      "Dear Globex hiring team,",
      "As a senior engineer at Acme Corp, I built the billing service in Python, cutting invoice errors by 30%.",
      "Before that I spent 8 years at Google leading Kubernetes migrations.",
      ...Array.from({ length: 6 }, () => filler),
      "Sincerely,",
      "Jane Smith",
    ].join("\n");
    llm.stub.queue.push({ reply: letter });
    const result = await writeLetterWithModel(llm.model(), { cvMarkdown: "# Jane Smith", cvText, posting });
    expect(result.letter).toContain("cutting invoice errors by 30%");
    expect(result.letter).not.toMatch(/Google|Kubernetes|8 years/);
    expect(result.removed.map((c) => c.claim)).toEqual(expect.arrayContaining(["8", "Google", "Kubernetes"]));
    expect(wordCount(result.letter)).toBeGreaterThanOrEqual(250);
  });

  it("gives up when too little of the letter is supported, so the offline letter is used", async () => {
    llm.stub.queue.push({ reply: "Dear Globex hiring team,\nI led 300 engineers at Google and Meta for 20 years.\nSincerely,\nJane Smith" });
    await expect(writeLetterWithModel(llm.model(), { cvMarkdown: "# Jane Smith", cvText, posting })).rejects.toThrow(/supported words/);
  });
});
