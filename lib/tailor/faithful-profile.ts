import type { Profile } from "@/lib/cv/profile";
import { nameForTailoredCv } from "@/lib/tailor/candidate-name";
import { isLayoutFragment, isRealSkill, withoutTrailingLetterSpacing } from "@/lib/tailor/fragments";
import { namesSpokenLanguage } from "@/lib/tailor/spoken-languages";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The profile as the tailored CV copies it: the candidate's name at the top, every job, and in each
 * section only what the candidate wrote there. Headings, letter-spaced heading letters and stray
 * letters that a two-column layout left inside a section are left out; nothing the candidate wrote
 * is shortened. Tailoring and assembly both start from this, so a change's job and bullet numbers
 * point at the same lines in both.
 */
export function profileForTailoring(profile: Profile): Profile {
  const name = nameForTailoredCv(profile);
  const notTheName = (value: string) => !name || !same(value, name.value);
  // A languages list names languages; when it names at least one, the lines naming none came from elsewhere.
  const languages = profile.languages.filter((l) => notTheName(l.value) && !isLayoutFragment(l.value));
  const spoken = languages.some((l) => namesSpokenLanguage(l.value)) ? languages.filter((l) => namesSpokenLanguage(l.value)) : languages;
  return {
    ...profile,
    name,
    skills: profile.skills.filter((s) => isRealSkill(s) && notTheName(s.value)),
    languages: spoken,
    experience: profile.experience.map((job) => ({
      ...job,
      bullets: job.bullets.map((b) => ({ ...b, value: withoutTrailingLetterSpacing(b.value) })).filter((b) => !isLayoutFragment(b.value)),
    })),
  };
}
