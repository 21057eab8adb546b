import { matchesOf, termPattern, type CheckInput, type Finding } from "@/lib/checks/types";
import { exclusionaryPhrases, feminineCoded, masculineCoded } from "@/lib/checks/word-lists";

const kindLabels = { ageist: "Age-biased wording", ableist: "Ableist wording", jargon: "Exclusionary jargon" } as const;

/** Gender-coded words (Gaucher, Friesen & Kay 2011), and ageist, ableist and "rockstar" phrases. */
export function checkInclusiveLanguage({ text }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const { term, kind, suggestion } of exclusionaryPhrases) {
    for (const m of matchesOf(text, termPattern(term))) {
      findings.push({ check: "inclusive-language", kind, message: `${kindLabels[kind]}: “${m.quote}”.`, suggestion: `Try ${suggestion}.`, ...m });
    }
  }
  const coded = (list: string[], gender: "masculine" | "feminine") =>
    list
      .flatMap((term) => matchesOf(text, termPattern(term)))
      .map((m): Finding => ({
        check: "inclusive-language",
        kind: `${gender}-coded`,
        message: `“${m.quote}” is ${gender}-coded. Ads heavy with ${gender}-coded words draw fewer ${gender === "masculine" ? "women" : "men"}.`,
        suggestion: gender === "masculine" ? "Balance it, or describe the behaviour (e.g. “drive projects” → “take projects from idea to launch”)." : undefined,
        ...m,
      }));
  findings.push(...coded(masculineCoded, "masculine"), ...coded(feminineCoded, "feminine"));
  return findings.sort((a, b) => a.start - b.start);
}

/** How the gender-coded words balance out, as the study scores ads. */
export function genderBalance(findings: Finding[]): { masculine: number; feminine: number; verdict: string } {
  const masculine = findings.filter((f) => f.kind === "masculine-coded").length;
  const feminine = findings.filter((f) => f.kind === "feminine-coded").length;
  const verdict = masculine > feminine + 2 ? "leans masculine" : feminine > masculine + 2 ? "leans feminine" : "is balanced";
  return { masculine, feminine, verdict };
}
