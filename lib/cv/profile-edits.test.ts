import { describe, expect, it } from "vitest";
import { emptyProfile, sourced } from "@/lib/cv/profile";
import { applyProfileEdits, editedSource, profileEditSchema } from "@/lib/cv/profile-edits";

const parsed = () => ({
  ...emptyProfile(),
  name: sourced("Jane Smith", "Jane Smith", 0.9),
  phone: sourced("555 0100", "Tel 555 0100", 0.8),
  skills: [sourced("Python", "Skills: Python, Go", 0.85), sourced("Go", "Skills: Python, Go", 0.85)],
  experience: [
    { title: sourced("Engineer", "Engineer at Acme 2020 - 2023", 0.85), company: null, location: null, start: null, end: null, current: false, bullets: [] },
  ],
});

describe("profile edits", () => {
  it("marks changed values as edited with full confidence and keeps untouched ones with their source", () => {
    const next = applyProfileEdits(parsed(), [
      { path: "name", value: "Jane Smith" },
      { path: "phone", value: "+1 555 0100" },
      { path: "experience.0.company", value: "Acme Corp" },
      { path: "skills", value: "python, Rust" },
    ]);
    expect(next.name).toEqual(sourced("Jane Smith", "Jane Smith", 0.9));
    expect(next.phone).toEqual({ value: "+1 555 0100", source: editedSource, confidence: 1 });
    expect(next.experience[0]!.company).toEqual({ value: "Acme Corp", source: editedSource, confidence: 1 });
    expect(next.skills).toEqual([sourced("Python", "Skills: Python, Go", 0.85), { value: "Rust", source: editedSource, confidence: 1 }]);
  });

  it("clears a field left empty, ignores jobs that do not exist, and leaves the original untouched", () => {
    const original = parsed();
    const next = applyProfileEdits(original, [
      { path: "phone", value: "  " },
      { path: "experience.7.title", value: "CEO" },
    ]);
    expect(next.phone).toBeNull();
    expect(next.experience).toHaveLength(1);
    expect(original.phone?.value).toBe("555 0100");
  });

  it("accepts only the fields the form edits", () => {
    expect(profileEditSchema.safeParse({ path: "experience.0.bullets", value: "x" }).success).toBe(false);
    expect(profileEditSchema.safeParse({ path: "__proto__", value: "x" }).success).toBe(false);
    expect(profileEditSchema.safeParse({ path: "experience.3.end", value: "2024" }).success).toBe(true);
  });

  it("refuses a field longer than the form allows, saying the limit and the length", () => {
    const result = profileEditSchema.safeParse({ path: "summary", value: "x".repeat(5_001) });
    expect(result.error?.issues[0]?.message).toBe("A field can be at most 5,000 characters; this one has 5,001. Shorten it.");
  });
});
