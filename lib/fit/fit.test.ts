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

  it("scores required at 75 and preferred at 25, with half credit for a close relative", () => {
    const fit = computeFit(profile(), { requiredSkills: ["JavaScript", "PostgreSQL", "Go", "Kubernetes"], preferredSkills: ["GitHub Actions", "Rust"] });
    expect(fit.requiredMatched.map((e) => e.skill)).toEqual(["JavaScript", "PostgreSQL", "Kubernetes"]);
    expect(fit.requiredMissing).toEqual(["Go"]);
    expect(fit.partial).toEqual([expect.objectContaining({ skill: "GitHub Actions", relatedTo: "GitLab CI", cvWording: "GitLab CI" })]);
    expect(fit.preferredMissing).toEqual(["GitHub Actions", "Rust"]);
    // 75 × 3/4 + 25 × 0.5/2 = 56.25 + 6.25
    expect(fit.score).toBe(63);
  });

  it("gives the whole score to required skills when none are preferred, and no score without skills", () => {
    expect(computeFit(profile(), { requiredSkills: ["Python", "Rust"], preferredSkills: [] }).score).toBe(50);
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
