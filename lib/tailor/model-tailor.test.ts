import { describe, expect, it } from "vitest";
import { describeModelFailures } from "@/lib/ai/testing/model-failure-modes";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import { emptyProfile, sourced, type Profile } from "@/lib/cv/profile";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { tailorWithModel } from "@/lib/tailor/model-tailor";

const llm = withStubLlm();

const cvText =
  "Jane Smith\nSenior Engineer at Acme Corp 2020-2023\n• Built the billing service in Python, cutting invoice errors by 30%\n• Ran the on-call rotation for 6 engineers\nSkills: Python, PostgreSQL";
const line = (n: number) => cvText.split("\n")[n]!;
const profile: Profile = {
  ...emptyProfile(),
  name: sourced("Jane Smith", line(0), 0.9),
  skills: [sourced("Python", line(4), 0.85), sourced("PostgreSQL", line(4), 0.85)],
  experience: [
    {
      title: sourced("Senior Engineer", line(1), 0.85),
      company: sourced("Acme Corp", line(1), 0.85),
      location: null,
      start: sourced("2020", line(1), 0.85),
      end: sourced("2023", line(1), 0.85),
      current: false,
      bullets: [
        sourced("Built the billing service in Python, cutting invoice errors by 30%", line(2), 0.8),
        sourced("Ran the on-call rotation for 6 engineers", line(3), 0.8),
      ],
    },
  ],
};
const posting = { title: "Backend Engineer", requiredSkills: ["Python", "Kubernetes"], preferredSkills: [] };

/** Faithful rewordings mixed with invented claims, and a bullet for a job that does not exist. */
const tamperedAnswer = {
  summary: "Senior engineer at Google with 10 years of Kubernetes.",
  bullets: [
    { id: "0.0", text: "Cut invoice errors by 30% by building the billing service in Python" },
    { id: "0.1", text: "Ran on-call for 12 engineers across Kubernetes clusters" },
    { id: "7.3", text: "A bullet for a job that does not exist" },
  ],
};

describe("tailoring with a model", () => {
  it("keeps faithful rewordings, replaces invented ones with the CV's line, and shows what was invented", async () => {
    llm.stub.queue.push({ reply: JSON.stringify(tamperedAnswer) });
    const { tailoring, claimsBefore } = await tailorWithModel(llm.route(), profile, cvText, posting);
    expect(claimsBefore).toBeGreaterThan(0);
    expect(tailoring.flagged.map((f) => f.claim)).toEqual(expect.arrayContaining(["12", "Kubernetes", "Google", "10"]));
    expect(tailoring).toMatchObject({
      method: "groq:llama-3.3-70b-versatile",
      provenance: { modelId: "groq:llama-3.3-70b-versatile", promptId: "tailor-rewrite", promptVersion: 1 },
    });
    const cv = assembleTailoredCv(profile, tailoring);
    expect(cv.experience[0]!.bullets.map((b) => b.text)).toEqual([
      "Cut invoice errors by 30% by building the billing service in Python",
      "Ran the on-call rotation for 6 engineers",
    ]);
    // The model's summary was invented; the offline one, made of the CV's title and skills, stands.
    expect(cv.summary.map((l) => l.text)).toEqual(["Senior Engineer. Skills relevant to this role: Python."]);
    expect(cv.experience).toHaveLength(1);
    // After the check, the tailored CV holds no unsupported claim.
    expect(unsupportedClaims(tailoredCvMarkdown(cv).replace(/^#+ /gm, ""), cvText)).toEqual([]);
  });
});

describe("a model's rewording that cuts its bullet", () => {
  it("is replaced by the whole bullet, and a whole rewording is kept", async () => {
    const cut = {
      summary: null,
      bullets: [
        { id: "0.0", text: "Built the billing service in Python, cutting invoice errors by" },
        { id: "0.1", text: "Ran the on-call rotation for 6 engineers, keeping the pager fair" },
      ],
    };
    llm.stub.queue.push({ reply: JSON.stringify(cut) });
    const { tailoring } = await tailorWithModel(llm.route(), profile, cvText, posting);
    expect(assembleTailoredCv(profile, tailoring).experience[0]!.bullets.map((b) => b.text)).toEqual([
      "Built the billing service in Python, cutting invoice errors by 30%",
      "Ran the on-call rotation for 6 engineers, keeping the pager fair",
    ]);
  });
});

describe("tailoring when models fail", () => {
  describeModelFailures(llm, {
    promptId: "tailor-rewrite",
    reply: JSON.stringify(tamperedAnswer),
    run: (route) => tailorWithModel(route, profile, cvText, posting),
    answered: ({ tailoring }) =>
      expect(assembleTailoredCv(profile, tailoring).experience[0]!.bullets[0]!.text).toBe(
        "Cut invoice errors by 30% by building the billing service in Python",
      ),
    structured: true,
  });
});
