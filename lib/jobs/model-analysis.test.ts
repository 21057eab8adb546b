import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AiConfig } from "@/lib/ai/config";
import { createModelResolver } from "@/lib/ai/providers";
import { analyzePosting } from "@/lib/jobs/analyze";
import { refineAnalysisWithModel } from "@/lib/jobs/model-analysis";
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

const posting = "We are hiring a Platform Engineer at Initrode in Porto. You know Golang and k8s well, and Grafana is a plus. Five years of experience.";

function model() {
  const config: AiConfig = { ollama: { baseURL: stub.url, model: "llama3.2" }, chain: ["ollama", "offline"], policy: { maxRetries: 0, firstTokenTimeoutMs: 5_000, idleTimeoutMs: 5_000, maxRetryAfterMs: 1_000 }, offlineTokenDelayMs: 0 };
  return createModelResolver(config, () => "")("ollama:llama3.2");
}

describe("refining a posting's analysis with a model", () => {
  it("keeps what the posting says (aliases included) and drops requirements the model made up", async () => {
    stub.queue.push({
      reply: JSON.stringify({
        title: "Platform Engineer", company: "Initrode", location: "Porto", seniority: "senior",
        requiredSkills: ["Go", "Kubernetes", "Rust", "PhD in Physics"], preferredSkills: ["Grafana", "Terraform"],
        yearsOfExperience: 7, education: "PhD", salary: "$300k",
      }),
    });
    const refined = await refineAnalysisWithModel(model(), posting, analyzePosting(posting));
    expect(refined).toMatchObject({ title: "Platform Engineer", company: "Initrode", location: "Porto", seniority: "senior", education: null, salary: null });
    expect(refined.requiredSkills).toEqual(["Go", "Kubernetes"]);
    expect(refined.preferredSkills).toEqual(["Grafana"]);
    expect(refined.yearsOfExperience).toBeNull(); // "7" is not in the posting, and "Five" is not a figure the offline reader takes
  });

  it("fails after a second answer that is not JSON, so the offline analysis stays", async () => {
    stub.queue.push({ reply: "Sure!" }, { reply: "Here it is" });
    await expect(refineAnalysisWithModel(model(), posting, analyzePosting(posting))).rejects.toThrow();
  });
});
