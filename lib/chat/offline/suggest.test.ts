import { describe, expect, it } from "vitest";
import { suggestQuestions } from "@/lib/chat/offline/suggest";
import { emptyProfile, sourced } from "@/lib/cv/profile";

describe("suggestQuestions", () => {
  const profile = {
    ...emptyProfile(),
    experience: [
      { title: null, company: sourced("Acme", "Acme", 1), location: null, start: null, end: null, current: true, bullets: [] },
      { title: null, company: sourced("Initech", "Initech", 1), location: null, start: null, end: null, current: false, bullets: [] },
    ],
    skills: [sourced("Python", "Python", 1)],
  };
  it("draws three to five questions from the CV and the job", () => {
    const questions = suggestQuestions(profile, { title: "Data Engineer", skills: ["Python", "Spark"] });
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(questions.some((q) => q.includes("Acme"))).toBe(true);
    expect(questions.some((q) => q.includes("Spark"))).toBe(true);
  });
});
