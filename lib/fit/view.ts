import type { Fit, FitKind, FitStatus, JudgedRequirement } from "@/lib/fit/types";

/**
 * Every requirement of a fit, as the page shows it. A fit stored before requirements were judged has
 * only its skill lists: they are shown as skill requirements (a partial match is among the missing ones).
 */
export function requirementsOf(fit: Fit): JudgedRequirement[] {
  if (fit.requirements.length) return fit.requirements;
  const partial = new Map(fit.partial.map((p) => [p.skill, p]));
  const skill = (label: string, required: boolean, status: FitStatus, cvLine: string | null, note: string | null): JudgedRequirement => ({
    kind: "skill",
    label,
    required,
    status,
    postingLine: null,
    cvLines: cvLine ? [cvLine] : [],
    note,
    weight: 0,
  });
  const missing = (label: string, required: boolean) => {
    const relative = partial.get(label);
    return relative
      ? skill(label, required, "partial", relative.cvLine, `Your CV shows ${relative.relatedTo}, a close relative.`)
      : skill(label, required, "missing", null, null);
  };
  return [
    ...fit.requiredMatched.map((e) => skill(e.skill, true, "met", e.cvLine, null)),
    ...fit.requiredMissing.map((label) => missing(label, true)),
    ...fit.preferredMatched.map((e) => skill(e.skill, false, "met", e.cvLine, null)),
    ...fit.preferredMissing.map((label) => missing(label, false)),
  ];
}

export const kindHeadings: Record<FitKind, string> = {
  role: "Role",
  skill: "Skills",
  years: "Experience",
  capacity: "Experience",
  licence: "Licences and certifications",
  education: "Education",
  language: "Languages",
};

export const statusLabels: Record<FitStatus, string> = { met: "Met", partial: "Partly met", missing: "Missing", unknown: "Check yourself" };

/** The requirements under their headings, in the order the page lists them; empty groups left out. */
export function groupedRequirements(requirements: JudgedRequirement[]): { heading: string; items: JudgedRequirement[] }[] {
  const headings = [...new Set(Object.values(kindHeadings))];
  return headings
    .map((heading) => ({ heading, items: requirements.filter((r) => kindHeadings[r.kind] === heading) }))
    .filter((group) => group.items.length > 0);
}

/** The required ones the CV does not fully show: missing, partly met or to check. */
export const gapsOf = (requirements: JudgedRequirement[]) => requirements.filter((r) => r.required && r.status !== "met");
