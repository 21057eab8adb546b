import { describe, expect, it } from "vitest";
import { analyzePosting } from "@/lib/jobs/analyze";
import { refineAnalysisWithModel } from "@/lib/jobs/model-analysis";
import { withStubLlm } from "@/lib/ai/testing/stub-models";

const llm = withStubLlm();

const posting = "We are hiring a Platform Engineer at Initrode in Porto. You know Golang and k8s well, and Grafana is a plus. Five years of experience.";


describe("refining a posting's analysis with a model", () => {
  it("keeps what the posting says (aliases included) and drops requirements the model made up", async () => {
    llm.stub.queue.push({
      reply: JSON.stringify({
        title: "Platform Engineer", company: "Initrode", location: "Porto", seniority: "senior",
        requiredSkills: ["Go", "Kubernetes", "Rust", "PhD in Physics"], preferredSkills: ["Grafana", "Terraform"],
        yearsOfExperience: 7, education: "PhD", salary: "$300k",
      }),
    });
    const refined = await refineAnalysisWithModel(llm.model("ollama"), posting, analyzePosting(posting));
    expect(refined).toMatchObject({ title: "Platform Engineer", company: "Initrode", location: "Porto", seniority: "senior", education: null, salary: null });
    expect(refined.requiredSkills).toEqual(["Go", "Kubernetes"]);
    expect(refined.preferredSkills).toEqual(["Grafana"]);
    expect(refined.yearsOfExperience).toBeNull(); // "7" is not in the posting, and "Five" is not a figure the offline reader takes
  });

  it("fails after a second answer that is not JSON, so the offline analysis stays", async () => {
    llm.stub.queue.push({ reply: "Sure!" }, { reply: "Here it is" });
    await expect(refineAnalysisWithModel(llm.model("ollama"), posting, analyzePosting(posting))).rejects.toThrow();
  });
});
