import { describe, expect, it } from "vitest";
import { readCvText, sourcedFields } from "@/lib/cv/ingest";
import { profileBounds } from "@/lib/cv/profile";
import { textLimits } from "@/lib/security/text-limits";

const run = (unit: string, length: number) => unit.repeat(length / unit.length);

/** Every value and cited source within the profile's bounds, and each value found in what it cites. */
function expectBounded(profile: ReturnType<typeof readCvText>["profile"]) {
  for (const field of sourcedFields(profile)) {
    expect(field.value.length).toBeLessThanOrEqual(profileBounds.text);
    expect(field.source.length).toBeLessThanOrEqual(profileBounds.text);
  }
}

describe("the offline parser on text made to be slow", () => {
  it("reads a CV padded with runs of digits, dashes, spaces, soft hyphens and dotted letters", () => {
    const text = [
      "Jane Doe",
      "jane.doe@example.com | +1 (415) 555-0142 | Berlin, Germany",
      run("1", 8_000),
      run("-", 8_000),
      `${run(" ", 8_000)}x`,
      run("\u00AD", 8_000),
      run("a.", 8_000),
      run("A.", 8_000),
      "Experience",
      "Senior Software Engineer | Acme Inc. | Berlin, DE",
      "Jan 2020 – Present",
      "• Built the billing API in Python and PostgreSQL",
      "Skills",
      "Python, Go, Kubernetes",
    ].join("\n");
    expect(text.length).toBeLessThanOrEqual(textLimits.cvText);
    const { profile } = readCvText(text);
    expect(profile.name?.value).toBe("Jane Doe");
    expect(profile.email?.value).toBe("jane.doe@example.com");
    expect(profile.phone?.value).toBe("+1 (415) 555-0142");
    expect(profile.experience[0]).toMatchObject({ title: { value: "Senior Software Engineer" }, company: { value: "Acme Inc." }, current: true });
    expect(profile.skills.map((s) => s.value)).toEqual(expect.arrayContaining(["Python", "Go", "Kubernetes", "PostgreSQL"]));
    expectBounded(profile);
  });

  it("keeps a profile small when one line lists thousands of skills", () => {
    const text = `Jane Doe\nSkills\n${Array.from({ length: 9_000 }, (_, i) => `Tool${i}`).join(", ")}`.slice(0, textLimits.cvText);
    const { profile } = readCvText(text);
    expect(profile.skills).toHaveLength(profileBounds.items);
    expect(profile.skills.map((s) => s.value)).toEqual(Array.from({ length: profileBounds.items }, (_, i) => `Tool${i}`));
    // Each cites the part of the long line that holds it, not a copy of the whole line.
    for (const skill of profile.skills) expect(skill.source).toContain(skill.value);
    expectBounded(profile);
  });

  it("finds no link, name or address in a line of 60,000 dotted letters", () => {
    const { profile } = readCvText(run("a.", textLimits.cvText));
    expect(profile).toMatchObject({ name: null, email: null, phone: null, links: [], location: null });
  });
});
