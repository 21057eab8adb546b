import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import { analyzePosting } from "@/lib/jobs/analyze";
import { emptyProfile, sourced, type Profile } from "@/lib/cv/profile";
import { computeFit, skillEvidence } from "@/lib/fit/fit";

function profile(): Profile {
  return {
    ...emptyProfile(),
    skills: [
      sourced("JS", "Skills: JS, Postgres, k8s", 0.85),
      sourced("Postgres", "Skills: JS, Postgres, k8s", 0.85),
      sourced("k8s", "Skills: JS, Postgres, k8s", 0.85),
    ],
    experience: [
      {
        title: sourced("Backend Engineer", "Backend Engineer at Initech 2020 - Present", 0.85),
        company: sourced("Initech", "Backend Engineer at Initech 2020 - Present", 0.85),
        location: null,
        start: null,
        end: null,
        current: true,
        bullets: [sourced("Built billing services in Python with GitLab CI", "• Built billing services in Python with GitLab CI", 0.8)],
      },
    ],
  };
}

describe("skill matching and the fit score", () => {
  it("matches aliases both ways and cites the CV's own words and line", () => {
    expect(skillEvidence(profile())("JavaScript")).toEqual({ skill: "JavaScript", cvWording: "JS", cvLine: "Skills: JS, Postgres, k8s" });
    expect(skillEvidence(profile())("Kubernetes")?.cvWording).toBe("k8s");
    expect(skillEvidence(profile())("Python")).toEqual({ skill: "Python", cvWording: "Python", cvLine: "• Built billing services in Python with GitLab CI" });
    expect(skillEvidence(profile())("Rust")).toBeNull();
  });

  it("weighs required skills fully and preferred ones at a third, with half credit for a close relative", () => {
    const fit = computeFit(profile(), { requiredSkills: ["JavaScript", "PostgreSQL", "Go", "Kubernetes"], preferredSkills: ["GitHub Actions", "Rust"] });
    expect(fit.requiredMatched.map((e) => e.skill)).toEqual(["JavaScript", "PostgreSQL", "Kubernetes"]);
    expect(fit.requiredMissing).toEqual(["Go"]);
    expect(fit.partial).toEqual([expect.objectContaining({ skill: "GitHub Actions", relatedTo: "GitLab CI", cvWording: "GitLab CI" })]);
    expect(fit.preferredMissing).toEqual(["GitHub Actions", "Rust"]);
    // Points: 4 required × 3, 2 preferred × 1.05; earned 3 × 3 + ½ × 1.05 = 9.525 of 14.1 = 0.676 → 70 + 60 × 0.176 = 80.5.
    expect(fit.score).toBe(81);
    expect(fit.requirements.find((r) => r.label === "GitHub Actions")).toMatchObject({
      status: "partial",
      cvLines: ["• Built billing services in Python with GitLab CI"],
    });
  });

  it("counts the role, and gives no score when the posting asks nothing the app reads", () => {
    // Role 6 (met) + Python 3 (met) + Rust 3 (missing): 9 of 12 = 0.75 → 85.
    expect(computeFit(profile(), { title: "Backend Engineer", requiredSkills: ["Python", "Rust"], preferredSkills: [] }).score).toBe(85);
    expect(computeFit(profile(), { requiredSkills: [], preferredSkills: [] }).score).toBeNull();
    expect(computeFit(emptyProfile(), { requiredSkills: ["Python"], preferredSkills: ["Go"] }).score).toBe(0);
  });

  it("is not raised by instructions hidden in a CV", async () => {
    const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus");
    const { lines } = await extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, "adversarial/daniel-okafor_hidden-white-text.pdf"))), {
      maxBytes: 5 << 20,
    });
    const job = analyzePosting(fs.readFileSync(path.join(corpus, "jobs/backend-eng_resume-matcher-fixture.txt"), "utf8"));
    const fit = computeFit(parseProfileHeuristically(lines), job);
    expect(job.requiredSkills).toEqual(expect.arrayContaining(["Kubernetes"]));
    expect(fit.requiredMatched.map((m) => m.skill)).not.toContain("Kubernetes");
    expect(fit.score).toBeLessThan(20);
  });
});
