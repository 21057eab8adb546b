import { describe, expect, it } from "vitest";
import { describeModelFailures } from "@/lib/ai/testing/model-failure-modes";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import { wordCount } from "@/lib/tailor/cover-letter";
import { writeLetterWithModel } from "@/lib/tailor/model-letter";

const llm = withStubLlm();

const cvText =
  "Jane Smith\nSenior Engineer at Acme Corp 2020-2023\n• Built the billing service in Python, cutting invoice errors by 30%\nSkills: Python, PostgreSQL";
const posting = { title: "Backend Engineer", company: "Globex", language: "en" as const };
const filler = "I enjoy careful work with colleagues who care about quality and about the people who use what we build. ".repeat(3).trim();
const letter = [
  "Dear Globex hiring team,",
  "As a senior engineer at Acme Corp, I built the billing service in Python, cutting invoice errors by 30%.",
  "Before that I spent 8 years at Google leading Kubernetes migrations.",
  ...Array.from({ length: 6 }, () => filler),
  "Sincerely,",
  "Jane Smith",
].join("\n");
const write = (route: Parameters<typeof writeLetterWithModel>[0]) => writeLetterWithModel(route, { cvMarkdown: "# Jane Smith", cvText, posting });

describe("a cover letter written by a model", () => {
  it("loses every line with a claim the CV does not support, and keeps the rest", async () => {
    llm.stub.queue.push({ reply: letter });
    const result = await write(llm.route());
    expect(result.letter).toContain("cutting invoice errors by 30%");
    expect(result.letter).not.toMatch(/Google|Kubernetes|8 years/);
    expect(result.removed.map((c) => c.claim)).toEqual(expect.arrayContaining(["8", "Google", "Kubernetes"]));
    expect(wordCount(result.letter)).toBeGreaterThanOrEqual(250);
  });

  it("gives up when too little of the letter is supported, so the offline letter is used", async () => {
    llm.stub.queue.push({ reply: "Dear Globex hiring team,\nI led 300 engineers at Google and Meta for 20 years.\nSincerely,\nJane Smith" });
    await expect(write(llm.route())).rejects.toThrow(/supported words/);
  });
});

describe("a cover letter when models fail", () => {
  describeModelFailures(llm, {
    promptId: "cover-letter",
    reply: letter,
    run: write,
    answered: (result) => expect(result.letter).toContain("cutting invoice errors by 30%"),
    structured: false,
  });
});
