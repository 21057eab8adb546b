import type { Profile } from "@/lib/cv/profile";
import type { TailoredCv } from "@/lib/tailor/assemble";
import { substringsFoundIn } from "@/lib/text/sequence-search";

export type RoundTripField = { field: string; expected: string; survived: boolean };

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@+]+/gu, " ")
    .trim();

/**
 * Which fields of the tailored CV the app's own parser finds again in the exported file: what an
 * applicant-tracking system is likely to read, and what it is likely to lose.
 */
export function compareRoundTrip(expected: TailoredCv, parsed: Profile, parsedText: string): RoundTripField[] {
  const text = squash(parsedText);
  const fields: RoundTripField[] = [];
  const check = (field: string, value: string | null | undefined, found: boolean) => {
    if (value) fields.push({ field, expected: value, survived: found });
  };
  const email = expected.contact.find((c) => c.includes("@"));
  check("Name", expected.name, squash(parsed.name?.value ?? "") === squash(expected.name ?? ""));
  check("Email", email, parsed.email?.value.toLowerCase() === email?.toLowerCase());
  const phone = expected.contact.find((c) => /\d{3}/.test(c) && !c.includes("@") && (c.match(/\d/g)?.length ?? 0) >= 7);
  check("Phone", phone, (parsed.phone?.value.replace(/\D/g, "") ?? "") === phone?.replace(/\D/g, ""));
  expected.experience.forEach((job, i) => {
    const back = parsed.experience[i];
    check(`Job ${i + 1} title`, job.title, squash(back?.title?.value ?? "") === squash(job.title ?? ""));
    check(`Job ${i + 1} company`, job.company, squash(back?.company?.value ?? "") === squash(job.company ?? ""));
  });
  const listed = new Set(parsed.skills.map((s) => squash(s.value)));
  const inText = substringsFoundIn(
    text,
    expected.skills.map((skill) => squash(skill.text)),
  );
  for (const skill of expected.skills) check(`Skill ${skill.text}`, skill.text, listed.has(squash(skill.text)) || inText.has(squash(skill.text)));
  return fields;
}

/**
 * What would cost the candidate most if an applicant-tracking system read the exported PDF as the
 * app's own parser does: no name, or fewer jobs than the tailored CV holds (it holds every job of the
 * profile). Each warning is a sentence for the user; none means the PDF reads back whole on both.
 */
export function roundTripWarnings(expected: TailoredCv, parsed: Profile): string[] {
  const warnings: string[] = [];
  const name = parsed.name?.value;
  if (!name) warnings.push("The PDF reads back without a name: screening software may not know whose CV it is.");
  else if (expected.name && squash(name) !== squash(expected.name))
    warnings.push(`The PDF reads back with the name “${name}” instead of “${expected.name}”: screening software may file it under the wrong person.`);
  const jobs = expected.experience.length;
  const found = parsed.experience.length;
  if (found < jobs) warnings.push(`The PDF reads back ${found} of your ${jobs} jobs: screening software may miss the others.`);
  return warnings;
}
