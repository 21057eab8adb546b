import type { Profile, Sourced } from "@/lib/cv/profile";

export type CvLineOrigin = "skill" | "certification" | "language" | "title" | "bullet" | "project" | "summary" | "education";

/** A value of the profile with the CV line it was read from (the first line of its source). */
export type CvLine = { text: string; cvLine: string; origin: CvLineOrigin };

const lineOf = (field: Sourced, origin: CvLineOrigin): CvLine => ({ text: field.value, cvLine: field.source.split("\n")[0]!, origin });

/** Every value of the profile that can show a requirement, each with where it stands in the CV. */
export function profileLines(profile: Profile): CvLine[] {
  const of = (fields: (Sourced | null)[], origin: CvLineOrigin) => fields.filter((f): f is Sourced => f !== null).map((f) => lineOf(f, origin));
  return [
    ...of(profile.certifications, "certification"),
    ...of(profile.skills, "skill"),
    ...of(profile.languages, "language"),
    ...of(
      profile.experience.map((job) => job.title),
      "title",
    ),
    ...of(
      profile.experience.flatMap((job) => job.bullets),
      "bullet",
    ),
    ...of(
      profile.projects.flatMap((p) => [p.name, ...p.bullets]),
      "project",
    ),
    ...of([profile.summary], "summary"),
    ...of(
      profile.education.map((school) => school.degree),
      "education",
    ),
  ];
}
