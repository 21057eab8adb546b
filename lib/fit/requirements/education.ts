import type { Profile } from "@/lib/cv/profile";
import { citeLines, type Judgement } from "@/lib/fit/requirements/judged";
import { namesPhrase } from "@/lib/fit/requirements/phrase";
import type { PostingRequirement } from "@/lib/jobs/analysis-schema";

/** Degree levels in order; a higher one meets a lower requirement. */
export const educationLevels = ["secondary", "vocational", "bachelor", "master", "doctorate"] as const;
export type EducationLevel = (typeof educationLevels)[number];

// The words for each level in en/es/fr/de, highest first so that "Master of Science" is not read as "Science".
const levelWords: [EducationLevel, string[]][] = [
  ["doctorate", ["PhD", "Ph.D", "Ph.D.", "doctorate", "doctoral", "doctorado", "doctorat", "Promotion", "DPhil", "MD"]],
  [
    "master",
    [
      "master",
      "masters",
      "master's",
      "MSc",
      "M.Sc",
      "M.Sc.",
      "MS",
      "M.S.",
      "MA",
      "M.A.",
      "MBA",
      "MEng",
      "M.Eng",
      "máster",
      "maestría",
      "magister",
      "mastère",
      "Diplom",
      "postgraduate",
      "graduate degree",
      "advanced degree",
    ],
  ],
  [
    "bachelor",
    [
      "bachelor",
      "bachelors",
      "bachelor's",
      "BSc",
      "B.Sc",
      "B.Sc.",
      "BS",
      "B.S.",
      "BA",
      "B.A.",
      "BEng",
      "B.Eng",
      "B.Tech",
      "BTech",
      "BSN",
      "BBA",
      "licenciatura",
      "licenciado",
      "licenciada",
      "grado",
      "graduado",
      "graduada",
      "licence",
      "undergraduate",
      "título universitario",
      "Hochschulabschluss",
      "Studium",
    ],
  ],
  [
    "vocational",
    [
      "associate degree",
      "associate's",
      "diploma",
      "vocational",
      "técnico",
      "técnica",
      "formación profesional",
      "BTS",
      "DUT",
      "Ausbildung",
      "apprenticeship",
      "HND",
    ],
  ],
  ["secondary", ["high school", "secondary", "GED", "bachillerato", "baccalauréat", "bac", "Abitur", "A-levels", "GCSE"]],
];

// A degree named without its level ("a university degree") is read as a bachelor's, once no level word says otherwise.
const unlevelledDegree = ["university degree", "college degree", "four-year degree", "degree", "título universitario"];

/** The level a text names, or null. */
export function levelIn(text: string): EducationLevel | null {
  for (const [level, words] of levelWords) if (words.some((word) => namesPhrase(text, word))) return level;
  return unlevelledDegree.some((word) => namesPhrase(text, word)) ? "bachelor" : null;
}

const rank = (level: EducationLevel) => educationLevels.indexOf(level);

/** The education asked for, against the highest degree the CV lists. The field of study is not judged. */
export function judgeEducation(profile: Profile, requirement: PostingRequirement): Judgement {
  const base = { kind: "education" as const, label: requirement.label, required: requirement.required, postingLine: requirement.line || null };
  const need = (requirement.level && levelIn(requirement.level)) || levelIn(requirement.label) || levelIn(requirement.line);
  if (!need) return { ...base, status: "unknown", cvLines: [], note: "The app cannot tell which level this asks: check it yourself." };
  const degrees = profile.education.flatMap((school) => {
    const level = school.degree ? levelIn(school.degree.value) : null;
    return level && school.degree ? [{ level, cvLine: school.degree.source.split("\n")[0]! }] : [];
  });
  if (!degrees.length)
    return profile.education.length
      ? { ...base, status: "unknown", cvLines: [], note: "Your CV lists schooling the app cannot place: check it yourself." }
      : { ...base, status: "missing", cvLines: [], note: "Your CV lists no degree." };
  const best = degrees.reduce((a, b) => (rank(b.level) > rank(a.level) ? b : a));
  const gap = rank(need) - rank(best.level);
  const status = gap <= 0 ? "met" : gap === 1 ? "partial" : "missing";
  return {
    ...base,
    status,
    cvLines: citeLines([best.cvLine]),
    note: gap > 0 ? `Your highest degree is at ${best.level} level; this asks for ${need} level.` : null,
  };
}
