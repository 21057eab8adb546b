import type { Profile } from "@/lib/cv/profile";
import { profileLines } from "@/lib/fit/profile-lines";
import { citeLines, type Judgement } from "@/lib/fit/requirements/judged";
import { namesPhrase } from "@/lib/fit/requirements/phrase";
import { detectLanguage, type PostingLanguage } from "@/lib/jobs/analyze";
import type { PostingRequirement } from "@/lib/jobs/analysis-schema";

// Each language by its names in en/es/fr/de/pt, with the code the app detects a text's language as.
const languageNames: { code: PostingLanguage | null; names: string[] }[] = [
  { code: "en", names: ["English", "inglés", "anglais", "Englisch", "inglês"] },
  { code: "es", names: ["Spanish", "español", "castellano", "espagnol", "Spanisch", "espanhol"] },
  { code: "fr", names: ["French", "francés", "français", "Französisch", "francês"] },
  { code: "de", names: ["German", "alemán", "allemand", "Deutsch", "alemão"] },
  { code: "pt", names: ["Portuguese", "portugués", "portugais", "Portugiesisch", "português"] },
  { code: null, names: ["Italian", "italiano", "italien", "Italienisch"] },
  { code: null, names: ["Catalan", "catalán", "català", "Valencian", "valenciano"] },
  { code: null, names: ["Dutch", "neerlandés", "néerlandais", "Niederländisch"] },
  { code: null, names: ["Chinese", "Mandarin", "chino", "chinois", "Chinesisch"] },
  { code: null, names: ["Japanese", "japonés", "japonais", "Japanisch"] },
  { code: null, names: ["Korean", "coreano", "coréen", "Koreanisch"] },
  { code: null, names: ["Arabic", "árabe", "arabe", "Arabisch"] },
  { code: null, names: ["Hindi"] },
  { code: null, names: ["Russian", "ruso", "russe", "Russisch"] },
];

// CEFR steps 1 (A1) to 6 (C2), and the words that stand for them, strongest first.
const levelWords: [number, string[]][] = [
  [
    6,
    [
      "C2",
      "native",
      "mother tongue",
      "bilingual",
      "nativo",
      "nativa",
      "lengua materna",
      "bilingüe",
      "langue maternelle",
      "bilingue",
      "Muttersprache",
      "muttersprachlich",
    ],
  ],
  [
    5,
    [
      "C1",
      "fluent",
      "fluency",
      "advanced",
      "proficient",
      "excellent",
      "full professional",
      "fluido",
      "fluida",
      "avanzado",
      "excelente",
      "courant",
      "avancé",
      "fließend",
      "verhandlungssicher",
    ],
  ],
  [
    4,
    [
      "B2",
      "upper-intermediate",
      "upper intermediate",
      "professional working",
      "good",
      "strong",
      "working knowledge",
      "bueno",
      "buen nivel",
      "bon niveau",
      "gut",
      "gute",
    ],
  ],
  [3, ["B1", "intermediate", "conversational", "intermedio", "conversacional", "intermédiaire", "mittelstufe"]],
  [2, ["A2", "basic", "elementary", "básico", "notions", "grundkenntnisse"]],
  [1, ["A1", "beginner", "principiante", "débutant", "anfänger"]],
];

const cefr = ["", "A1", "A2", "B1", "B2", "C1", "C2"];

/** The CEFR step a text states, or null. */
export function languageLevel(text: string): number | null {
  for (const [step, words] of levelWords) if (words.some((word) => namesPhrase(text, word))) return step;
  return null;
}

const languageOf = (name: string) => languageNames.find((language) => language.names.some((n) => namesPhrase(name, n)));

/**
 * A language at a level: met when the CV lists it at that level or without one, partly met one step
 * below, missing further below or when not listed. A CV written in the language by someone who gives
 * where they live counts as knowing it (the app cannot tell the country, so it asks no more).
 */
export function judgeLanguage(profile: Profile, requirement: PostingRequirement): Judgement {
  const base = { kind: "language" as const, label: requirement.label, required: requirement.required, postingLine: requirement.line || null };
  const asked = (requirement.options.length ? requirement.options : [requirement.label]).map(languageOf).filter((l) => l !== undefined);
  if (!asked.length) return { ...base, status: "unknown", cvLines: [], note: "The app cannot tell which language this asks: check it yourself." };
  // The level as read, or else as the posting words it ("Excellent written English").
  const need = languageLevel(requirement.level ?? "") ?? languageLevel(requirement.label) ?? languageLevel(requirement.line);
  const lines = profileLines(profile).filter((line) => line.origin === "language" || line.origin === "skill" || line.origin === "summary");
  let best: { step: number | null; cvLine: string } | null = null;
  for (const line of lines) {
    for (const language of asked) {
      // The part about this language, in the value or else its CV line: "Español (nativo) · Inglés (B2)" states B2 for English.
      const partOf = (text: string) => text.split(/[·•,;|\n]/).find((piece) => language.names.some((n) => namesPhrase(piece, n)));
      const part = partOf(line.text);
      if (part === undefined) continue;
      // A summary's sentence says too much else for a level word in it to be about the language.
      const step = line.origin === "summary" ? null : (languageLevel(part) ?? languageLevel(partOf(line.cvLine) ?? ""));
      if (!best || (step ?? 7) > (best.step ?? 7)) best = { step, cvLine: line.cvLine };
    }
  }
  if (best) {
    if (need === null || best.step === null || best.step >= need) return { ...base, status: "met", cvLines: [best.cvLine], note: null };
    return {
      ...base,
      status: need - best.step === 1 ? "partial" : "missing",
      cvLines: [best.cvLine],
      note: `Your CV states ${cefr[best.step]}; this asks for ${cefr[need]} or the like.`,
    };
  }
  const cvText = profileLines(profile)
    .map((l) => l.text)
    .join("\n");
  const written = cvText.trim() ? detectLanguage(cvText) : null;
  if (written && asked.some((language) => language.code === written)) {
    const where = profile.location?.source.split("\n")[0];
    return where
      ? { ...base, status: "met", cvLines: citeLines([where]), note: "Your CV is written in it, by someone who gives where they live." }
      : { ...base, status: "partial", cvLines: [], note: "Your CV is written in it but does not list it." };
  }
  return { ...base, status: "missing", cvLines: [], note: "Your CV does not list it." };
}
