import { describe, expect, it } from "vitest";
import { emptyProfile, sourced, type Profile } from "@/lib/cv/profile";
import { addFromLines, addFromLinesSchema, applyProfileEdits, editedSource, profileEditSchema } from "@/lib/cv/profile-edits";

const parsed = (): Profile => ({
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
    expect(profileEditSchema.safeParse({ path: "experience.0.bullets.12", value: "x" }).success).toBe(true);
    expect(profileEditSchema.safeParse({ path: "__proto__", value: "x" }).success).toBe(false);
    expect(profileEditSchema.safeParse({ path: "experience.3.end", value: "2024" }).success).toBe(true);
  });

  it("refuses a field longer than the form allows, saying the limit and the length", () => {
    const result = profileEditSchema.safeParse({ path: "summary", value: "x".repeat(5_001) });
    expect(result.error?.issues[0]?.message).toBe("A field can be at most 5,000 characters; this one has 5,001. Shorten it.");
  });

  it("refuses a bullet longer than a profile keeps instead of cutting it", () => {
    const result = profileEditSchema.safeParse({ path: "experience.0.bullets.2", value: "x".repeat(2_001) });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["value"],
      message: "A bullet can be at most 2,000 characters; this one has 2,001. Shorten it, or split it in two.",
    });
    expect(profileEditSchema.safeParse({ path: "summary", value: "x".repeat(2_001) }).success).toBe(true);
  });
});

const withBullets = () => {
  const profile = parsed();
  profile.experience[0]!.bullets = ["• Led the move to Kubernetes", "• Cut build times by half", "• Mentored two interns"].map((line) =>
    sourced(line.slice(2), line, 0.8),
  );
  return profile;
};

describe("bullet edits", () => {
  it("rewrites a bullet as edited and removes emptied ones, numbering bullets as the form showed them", () => {
    const next = applyProfileEdits(withBullets(), [
      { path: "experience.0.bullets.0", value: "" },
      { path: "experience.0.bullets.1", value: "Cut build times from 20 to 9 minutes" },
      { path: "experience.0.bullets.2", value: "Mentored two interns" },
      { path: "experience.0.bullets.9", value: "Nothing here" },
    ]);
    expect(next.experience[0]!.bullets).toEqual([
      { value: "Cut build times from 20 to 9 minutes", source: editedSource, confidence: 1 },
      sourced("Mentored two interns", "• Mentored two interns", 0.8),
    ]);
  });
});

const cvLines = [
  "Jane Smith",
  "Experience",
  "Engineer at Acme 2020 - 2023",
  "• Led the move to Kubernetes, which took",
  "  nine months across four teams",
  "",
  "Volunteer Coach   Sep 2018 – Present",
  "Riverside Youth Football",
  "• Coached under-12 players",
  "weekly, all season",
  "• Organised the summer tournament",
];

describe("adding from the CV's lines", () => {
  it("adds the selected lines to a job as one bullet whose source is those lines", () => {
    const result = addFromLines(parsed(), cvLines, { lines: [4, 3], to: 0 });
    expect("profile" in result && result.profile.experience[0]!.bullets).toEqual([
      {
        value: "Led the move to Kubernetes, which took nine months across four teams",
        source: "• Led the move to Kubernetes, which took\n  nine months across four teams",
        confidence: 1,
      },
    ]);
  });

  it("makes a new job: the first line is the title, its dates are read, wrapped lines join their bullet", () => {
    const result = addFromLines(parsed(), cvLines, { lines: [6, 7, 8, 9, 10], to: "new" });
    const job = "profile" in result ? result.profile.experience[1] : undefined;
    expect(job).toEqual({
      title: sourced("Volunteer Coach", "Volunteer Coach   Sep 2018 – Present", 1),
      company: null,
      location: null,
      start: sourced("Sep 2018", "Volunteer Coach   Sep 2018 – Present", 0.85),
      end: null,
      current: true,
      bullets: [
        sourced("Riverside Youth Football", "Riverside Youth Football", 1),
        sourced("Coached under-12 players weekly, all season", "• Coached under-12 players\nweekly, all season", 1),
        sourced("Organised the summer tournament", "• Organised the summer tournament", 1),
      ],
    });
  });

  it("takes the title from the next line when the first holds only dates, and keeps the end of a past job", () => {
    const result = addFromLines(parsed(), ["2016 - 2018", "Barista, Blue Cup Coffee"], { lines: [0, 1], to: "new" });
    const job = "profile" in result ? result.profile.experience[1] : undefined;
    expect(job?.title?.value).toBe("Barista, Blue Cup Coffee");
    expect([job?.start?.value, job?.end?.value, job?.current, job?.bullets]).toEqual(["2016", "2018", false, []]);
  });

  it("says why nothing was added: a line past the end, blank lines, a missing job, a bullet already there", () => {
    const profile = parsed();
    expect(addFromLines(profile, cvLines, { lines: [2, 11], to: 0 })).toEqual({
      error: "Line 12 is not in your CV, which has 11 lines. Reload the page and select again.",
    });
    expect(addFromLines(profile, cvLines, { lines: [5], to: "new" })).toEqual({ error: "The selected lines are blank. Select lines with text." });
    expect(addFromLines(profile, cvLines, { lines: [3], to: 4 })).toEqual({ error: "That job is no longer in your profile. Reload the page and try again." });
    const once = addFromLines(profile, cvLines, { lines: [10], to: 0 });
    expect("profile" in once && addFromLines(once.profile, cvLines, { lines: [10], to: 0 })).toEqual({ error: "This job already has that bullet." });
    expect(profile.experience[0]!.bullets).toEqual([]);
  });

  it("refuses a bullet longer than a profile keeps, and bounds the selection", () => {
    const long = ["x".repeat(1_500), "y".repeat(1_500)];
    expect(addFromLines(parsed(), long, { lines: [0, 1], to: 0 })).toEqual({
      error: "A bullet can be at most 2,000 characters; this one has 3,001. Select fewer lines.",
    });
    expect(addFromLinesSchema.safeParse({ lines: [], to: 0 }).error?.issues[0]?.message).toBe("Select at least one line of your CV.");
    expect(addFromLinesSchema.safeParse({ lines: [-1], to: "new" }).success).toBe(false);
    expect(addFromLinesSchema.safeParse({ lines: Array.from({ length: 41 }, (_, i) => i), to: "new" }).success).toBe(false);
  });
});
