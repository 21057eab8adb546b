import { describe, expect, it } from "vitest";
import { describeModelFailures } from "@/lib/ai/testing/model-failure-modes";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import { analyzePosting } from "@/lib/jobs/analyze";
import { refineAnalysisWithModel } from "@/lib/jobs/model-analysis";

const llm = withStubLlm();

const posting = "We are hiring a Platform Engineer at Initrode in Porto. You know Golang and k8s well, and Grafana is a plus. Five years of experience.";

const answer = {
  title: "Platform Engineer",
  company: "Initrode",
  location: "Porto",
  seniority: "senior",
  requiredSkills: ["Go", "Kubernetes", "Rust", "PhD in Physics"],
  preferredSkills: ["Grafana", "Terraform"],
  yearsOfExperience: 7,
  education: "PhD",
  salary: "$300k",
};

describe("refining a posting's analysis with a model", () => {
  it("keeps what the posting says (aliases included) and drops requirements the model made up", async () => {
    llm.stub.queue.push({ reply: JSON.stringify(answer) });
    const { analysis } = await refineAnalysisWithModel(llm.route("ollama"), posting, analyzePosting(posting));
    expect(analysis).toMatchObject({ title: "Platform Engineer", company: "Initrode", location: "Porto", seniority: "senior", education: null, salary: null });
    expect(analysis.requiredSkills).toEqual(["Go", "Kubernetes"]);
    expect(analysis.preferredSkills).toEqual(["Grafana"]);
    expect(analysis.yearsOfExperience).toBe(5); // "7" is not in the posting: the offline reading of "Five years" stands
  });

  it("stores which model and prompt version refined the analysis", async () => {
    llm.stub.queue.push({ reply: JSON.stringify(answer) });
    const { analysis } = await refineAnalysisWithModel(llm.route("groq"), posting, analyzePosting(posting));
    expect(analysis.provenance).toEqual({ modelId: "groq:llama-3.3-70b-versatile", promptId: "job-analysis", promptVersion: 1 });
  });
});

describe("refining a posting's analysis when models fail", () => {
  describeModelFailures(llm, {
    promptId: "job-analysis",
    reply: JSON.stringify(answer),
    run: (route) => refineAnalysisWithModel(route, posting, analyzePosting(posting)),
    answered: ({ analysis }) => expect(analysis.requiredSkills).toEqual(["Go", "Kubernetes"]),
    structured: true,
  });
});
