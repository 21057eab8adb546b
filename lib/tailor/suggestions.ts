import type { Profile } from "@/lib/cv/profile";
import type { Fit } from "@/lib/fit/fit";
import type { JobAnalysis } from "@/lib/jobs/analyze";

export type Suggestion = { priority: 1 | 2 | 3; kind: "learn" | "surface" | "quantify" | "summary"; title: string; detail: string; plan?: string[] };

/** A line quoted in a suggestion: whole when short, else up to a word with "…", so it never reads as a bullet cut short. */
function quoted(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : max).trimEnd()}…`;
}

/** A short, honest plan for a skill the CV does not show: learn it, prove it, then add it. */
export function learningPlan(skill: string): string[] {
  return [
    `Week 1: work through the official getting-started guide for ${skill} and note the core ideas in your own words.`,
    `Weeks 2–3: build something small but real with ${skill} (a tool you would use yourself), and publish it.`,
    `Week 4: use ${skill} at work or in an open-source contribution, then add it to your CV with what you built.`,
  ];
}

/** The most suggestions shown at once: a list a person reads through, most important first. */
export const suggestionLimit = 12;

/**
 * What would most improve this CV for this job, most important first: required skills the CV does
 * not show (with a plan to learn them), true skills it shows in bullets but does not list, relevant
 * bullets with no number to show their effect, and a missing summary.
 */
export function suggestImprovements(profile: Profile, fit: Fit, posting: Pick<JobAnalysis, "title">): Suggestion[] {
  const out: Suggestion[] = [];
  const partial = new Set(fit.partial.map((p) => p.skill));
  for (const skill of fit.requiredMissing) {
    const near = fit.partial.find((p) => p.skill === skill);
    out.push({
      priority: 1,
      kind: "learn",
      title: near ? `${skill}: build on your ${near.relatedTo}` : `${skill} is required and not in your CV`,
      detail: near
        ? `The posting asks for ${skill}; your CV shows ${near.cvWording}, which is close. Say how it relates only if it is true.`
        : `Add it only once it is true. Meanwhile, a plan:`,
      plan: learningPlan(skill),
    });
  }
  const listed = new Set(profile.skills.map((s) => s.value.toLowerCase()));
  for (const match of [...fit.requiredMatched, ...fit.preferredMatched]) {
    if (!listed.has(match.cvWording.toLowerCase()) && !partial.has(match.skill)) {
      out.push({
        priority: 2,
        kind: "surface",
        title: `List ${match.cvWording} in your skills`,
        detail: `Your CV shows it only in: “${quoted(match.cvLine, 120)}”. Recruiters and screening software look for it in the skills section.`,
      });
    }
  }
  const relevantWords = [...fit.requiredMatched, ...fit.preferredMatched].map((m) => m.cvWording.toLowerCase());
  profile.experience.slice(0, 3).forEach((job) => {
    for (const bullet of job.bullets) {
      const lower = bullet.value.toLowerCase();
      const relevant = relevantWords.some((w) => lower.includes(w));
      if (relevant && !/\d/.test(bullet.value)) {
        out.push({
          priority: 2,
          kind: "quantify",
          title: "Add a number to a relevant point",
          detail: `“${quoted(bullet.value, 140)}” — how many, how much faster, how often? Only a figure you can stand behind.`,
        });
      }
    }
  });
  if (!profile.summary)
    out.push({
      priority: 3,
      kind: "summary",
      title: "Add a two-line summary",
      detail: `Open with who you are for a ${posting.title ?? "role like this"}: your current title and the two or three skills from the posting that you really have.`,
    });
  return out.sort((a, b) => a.priority - b.priority).slice(0, suggestionLimit);
}
