import { describe, expect, it } from "vitest";
import { emptyProfile, sourced, type Profile } from "@/lib/cv/profile";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { tailorWithModel } from "@/lib/tailor/model-tailor";
import { withStubLlm } from "@/lib/ai/testing/stub-models";

const llm = withStubLlm();

const cvText = "Jane Smith\nSenior Engineer at Acme Corp 2020-2023\n• Built the billing service in Python, cutting invoice errors by 30%\n• Ran the on-call rotation for 6 engineers\nSkills: Python, PostgreSQL";
const line = (n: number) => cvText.split("\n")[n]!;
const profile: Profile = {
  ...emptyProfile(),
  name: sourced("Jane Smith", line(0), 0.9),
  skills: [sourced("Python", line(4), 0.85), sourced("PostgreSQL", line(4), 0.85)],
  experience: [
    {
      title: sourced("Senior Engineer", line(1), 0.85), company: sourced("Acme Corp", line(1), 0.85), location: null,
      start: sourced("2020", line(1), 0.85), end: sourced("2023", line(1), 0.85), current: false,
      bullets: [sourced("Built the billing service in Python, cutting invoice errors by 30%", line(2), 0.8), sourced("Ran the on-call rotation for 6 engineers", line(3), 0.8)],
    },
  ],
};
const posting = { title: "Backend Engineer", requiredSkills: ["Python", "Kubernetes"], preferredSkills: [] };


describe("tailoring with a model", () => {
  it("keeps faithful rewordings, replaces invented ones with the CV's line, and shows what was invented", async () => {
    llm.stub.queue.push({
      reply: JSON.stringify({
        summary: "Senior engineer at Google with 10 years of Kubernetes.",
        bullets: [
          { id: "0.0", text: "Cut invoice errors by 30% by building the billing service in Python" },
          { id: "0.1", text: "Ran on-call for 12 engineers across Kubernetes clusters" },
          { id: "7.3", text: "A bullet for a job that does not exist" },
        ],
      }),
    });
    const result = await tailorWithModel(llm.model(), profile, cvText, posting);
    expect(result.claimsBefore).toBeGreaterThan(0);
    expect(result.flagged.map((f) => f.claim)).toEqual(expect.arrayContaining(["12", "Kubernetes", "Google", "10"]));
    const cv = assembleTailoredCv(profile, result);
    expect(cv.experience[0]!.bullets.map((b) => b.text)).toEqual(["Cut invoice errors by 30% by building the billing service in Python", "Ran the on-call rotation for 6 engineers"]);
    // The model's summary was invented; the offline one, made of the CV's title and skills, stands.
    expect(cv.summary.map((l) => l.text)).toEqual(["Senior Engineer. Skills relevant to this role: Python."]);
    expect(cv.experience).toHaveLength(1);
    // After the check, the tailored CV holds no unsupported claim.
    expect(unsupportedClaims(tailoredCvMarkdown(cv).replace(/^#+ /gm, ""), cvText)).toEqual([]);
  });

  it("asks once more when the answer is not JSON, then fails so the offline tailoring is used", async () => {
    llm.stub.queue.push({ reply: "Here you go!" }, { reply: "Still prose." });
    await expect(tailorWithModel(llm.model(), profile, cvText, posting)).rejects.toThrow();
    expect(llm.stub.requests).toHaveLength(2);
  });
});
