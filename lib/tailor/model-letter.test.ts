import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AiConfig } from "@/lib/ai/config";
import { createModelResolver } from "@/lib/ai/providers";
import { wordCount } from "@/lib/tailor/cover-letter";
import { writeLetterWithModel } from "@/lib/tailor/model-letter";
// The stub LLM server answers over HTTP with what each test queues: the real provider code runs.
import { startStubLlm } from "@/scripts/stub-llm.mjs";

let stub: Awaited<ReturnType<typeof startStubLlm>>;
beforeAll(async () => {
  stub = await startStubLlm({ tokenDelayMs: 0 });
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.queue.length = 0;
});

const cvText = "Jane Smith\nSenior Engineer at Acme Corp 2020-2023\n• Built the billing service in Python, cutting invoice errors by 30%\nSkills: Python, PostgreSQL";
const posting = { title: "Backend Engineer", company: "Globex", language: "en" as const };
const filler = "I enjoy careful work with colleagues who care about quality and about the people who use what we build. ".repeat(3).trim();

function model() {
  const config: AiConfig = { groq: { apiKey: "k", baseURL: `${stub.url}/openai/v1`, model: "llama-3.3-70b-versatile" }, chain: ["groq", "offline"], policy: { maxRetries: 0, firstTokenTimeoutMs: 5_000, idleTimeoutMs: 5_000, maxRetryAfterMs: 1_000 }, offlineTokenDelayMs: 0 };
  return createModelResolver(config, () => "")("groq:llama-3.3-70b-versatile");
}

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
    stub.queue.push({ reply: letter });
    const result = await writeLetterWithModel(model(), { cvMarkdown: "# Jane Smith", cvText, posting });
    expect(result.letter).toContain("cutting invoice errors by 30%");
    expect(result.letter).not.toMatch(/Google|Kubernetes|8 years/);
    expect(result.removed.map((c) => c.claim)).toEqual(expect.arrayContaining(["8", "Google", "Kubernetes"]));
    expect(wordCount(result.letter)).toBeGreaterThanOrEqual(250);
  });

  it("gives up when too little of the letter is supported, so the offline letter is used", async () => {
    stub.queue.push({ reply: "Dear Globex hiring team,\nI led 300 engineers at Google and Meta for 20 years.\nSincerely,\nJane Smith" });
    await expect(writeLetterWithModel(model(), { cvMarkdown: "# Jane Smith", cvText, posting })).rejects.toThrow(/supported words/);
  });
});
