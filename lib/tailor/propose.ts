import type { Profile, Sourced } from "@/lib/cv/profile";
import { findSkill } from "@/lib/fit/fit";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { skillMatchers } from "@/lib/skills/catalog";
import type { Change, Tailoring, TracedLine } from "@/lib/tailor/types";

type Job = Pick<JobAnalysis, "requiredSkills" | "preferredSkills">;

const traced = (s: Sourced): TracedLine => ({ text: s.value, source: s.source });
const same = (a: TracedLine[], b: TracedLine[]) => a.length === b.length && a.every((line, i) => line.text === b[i]!.text);

/** How much a line speaks to the job: 2 for each required skill it names, 1 for each preferred one. */
function relevance(text: string, job: Job): number {
  let score = 0;
  for (const { skill, patterns } of skillMatchers) {
    if (!patterns.some((p) => p.test(text))) continue;
    if (job.requiredSkills.includes(skill.name)) score += 2;
    else if (job.preferredSkills.includes(skill.name)) score += 1;
  }
  return score;
}

const byRelevance = (job: Job) => (a: TracedLine, b: TracedLine) => relevance(b.text, job) - relevance(a.text, job);

/** Jobs after the first two keep their most relevant bullets only: shortened, never dropped. */
export const bulletsKeptForOlderJobs = 3;

/**
 * The offline tailoring: it selects and reorders the CV's own content (nothing is reworded), so
 * every line of the result is a line of the CV. Each kind of change is proposed separately.
 */
export function proposeTailoring(profile: Profile, job: Job): Tailoring {
  const changes: Change[] = [];

  if (profile.summary) {
    const sentences = profile.summary.value.split(/(?<=[.!?])\s+/).map((text) => ({ text, source: profile.summary!.source }));
    const ordered = [...sentences].sort(byRelevance(job));
    if (!same(sentences, ordered)) changes.push({ id: "summary", kind: "summary", label: "Summary: lead with what the job asks for", original: [traced(profile.summary)], proposed: [{ text: ordered.map((s) => s.text).join(" "), source: profile.summary.source }] });
  } else {
    const latest = profile.experience[0]?.title;
    const matched = [...job.requiredSkills, ...job.preferredSkills].map((s) => findSkill(profile, s)).filter((e) => e !== null).slice(0, 6);
    if (latest && matched.length) {
      const text = `${latest.value}. Skills relevant to this role: ${[...new Set(matched.map((m) => m.cvWording))].join(", ")}.`;
      changes.push({ id: "summary", kind: "summary", label: "Summary: add one, made of your title and your matching skills", original: [], proposed: [{ text, source: [latest.source, ...matched.map((m) => m.cvLine)].join("\n") }] });
    }
  }

  const skills = profile.skills.map(traced);
  const orderedSkills = [...skills].sort(byRelevance(job));
  if (!same(skills, orderedSkills)) changes.push({ id: "skills", kind: "skills", label: "Skills: the ones this job asks for first", original: skills, proposed: orderedSkills });

  profile.experience.forEach((entry, index) => {
    const bullets = entry.bullets.map(traced);
    let proposed = [...bullets].sort(byRelevance(job));
    if (index >= 2 && proposed.length > bulletsKeptForOlderJobs) proposed = proposed.slice(0, bulletsKeptForOlderJobs);
    if (!same(bullets, proposed)) {
      const where = [entry.title?.value, entry.company?.value].filter(Boolean).join(" at ") || `Job ${index + 1}`;
      const shortened = proposed.length < bullets.length ? `, keeping ${proposed.length} of ${bullets.length}` : "";
      changes.push({ id: `job-${index}`, kind: "bullets", job: index, label: `${where}: most relevant points first${shortened}`, original: bullets, proposed });
    }
  });
  return { method: "offline", changes, rejected: [], flagged: [] };
}
