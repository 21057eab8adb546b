import type { FitKind, FitStatus } from "@/lib/fit/types";

/** Points a requirement carries, by kind, when the posting requires it. */
export const kindWeights: Record<FitKind, number> = { role: 6, skill: 3, years: 4, capacity: 3, licence: 6, education: 2, language: 3 };
/** A preferred ("nice to have") requirement carries this share of a required one's points. */
export const preferredShare = 0.35;
/** A skill many professions share (Excel, English, SQL, communication) carries this share. */
export const genericShare = 0.4;
/** A requirement the app cannot judge carries this share of its points, and earns none. */
export const uncheckedShare = 0.5;
/** The share of its points a requirement earns for each outcome. */
export const credit: Record<FitStatus, number> = { met: 1, partial: 0.5, missing: 0, unknown: 0 };

/**
 * The score for a share of the points earned. Half the points is where a recruiter's "strong" starts
 * (more than half the requirements met), so the share is stretched to put it at 70: 0.5 → 70, and the
 * other half spans 70–100.
 */
export function scoreOfShare(share: number): number {
  return Math.round(share <= 0.5 ? 140 * share : 70 + 60 * (share - 0.5));
}

/**
 * A different profession: when no job title of the CV is like the posting's and the CV shows less than
 * `titlelessShare` of the posting's profession-specific skills (or the posting names none), the score is `professionScore` whatever else matches: a few shared generic skills do not
 * make a fit, and every such CV ranks alike below any of the profession.
 */
export const professionScore = 0;
export const titlelessShare = 0.5;
/** The most a CV scores when a required licence or language level is not fully shown, or the years or capacity asked are missing (a knock-out gap). */
export const knockOutCap = 65;

export function weightOf(kind: FitKind, required: boolean, generic: boolean, status: FitStatus): number {
  const weight = kindWeights[kind] * (required ? 1 : preferredShare) * (generic ? genericShare : 1) * (status === "unknown" ? uncheckedShare : 1);
  return Math.round(weight * 100) / 100;
}

/** How the score is computed; shown on the page as it is. */
export const fitFormula = [
  `Every requirement of the posting is judged against your CV as met, partly met, missing, or “check yourself” when the app cannot judge it: the role (a job title like the posting's), skills, years of experience, years in a capacity such as leading a team, licences and certifications, education and languages.`,
  `Each carries points: a job title like the posting's ${kindWeights.role}, a required skill ${kindWeights.skill}, years of experience ${kindWeights.years}, a capacity ${kindWeights.capacity}, a licence ${kindWeights.licence}, education ${kindWeights.education}, a language ${kindWeights.language}. A nice-to-have carries ${preferredShare * 100} % of that, a skill many professions share (Excel, SQL, English, communication…) ${genericShare * 100} %, and one to check yourself ${uncheckedShare * 100} %.`,
  `Met earns all its points, partly met half, missing and “check yourself” none. The share earned = points earned / points possible; half of the points gives 70, since a recruiter shortlists a CV that meets more than half of the requirements: score = 140 × share up to half, then 70 + 60 × (share − ½), rounded.`,
  `The first, the role, is met when one of your job titles shares a word of the posting's title (engineer = developer, teacher = maestra…). A skill is met when your CV names it or an alias (JS = JavaScript, k8s = Kubernetes…), in your skills, jobs, projects or summary; any member meets a group of alternatives. A close relative (MySQL for PostgreSQL) or a mention only in a degree's title (“MSc Finance and Accounting” for Accounting) is partly met.`,
  `Years come from your dated jobs: overlapping jobs count once, gaps not at all, a current job runs until today, and a year-only date counts from that year's start. Years of a named skill count only the jobs that name it. Fewer years than asked but at least half is partly met.`,
  `A capacity such as leading a team is shown by lead, manager, head or supervisor titles and by bullets such as “managed a team of…” or “led 5 engineers”. A licence counts only when your CV states it (a regulated title such as “Registered Nurse” is the registration); in a degree's title alone it is partly met. A higher degree meets a lower requirement. A language counts when your CV lists it or is written in it; a stated level one step below is partly met.`,
  `A different profession: when none of your job titles is like the posting's and your CV shows less than ${titlelessShare * 100} % of the posting's profession-specific skills (counted as if the posting named one more, so that a short list weighs less; a posting naming none counts as none shown), or the posting gives no title and that share is below ${titlelessShare * 100} %, the score is ${professionScore}: a different profession, however many generic skills match (the requirements you meet are still listed). When a required licence or language level is missing or only partly shown, or the years or capacity asked are missing (less than half), the score is at most ${knockOutCap}.`,
];
