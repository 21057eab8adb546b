import type { Profile, Sourced } from "@/lib/cv/profile";
import { skillEvidence } from "@/lib/fit/fit";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { skillMentions } from "@/lib/skills/mentions";
import { profileForTailoring } from "@/lib/tailor/faithful-profile";
import type { Change, Tailoring, TracedLine } from "@/lib/tailor/types";

type Job = Pick<JobAnalysis, "requiredSkills" | "preferredSkills">;

const traced = (s: Sourced): TracedLine => ({ text: s.value, source: s.source });
const same = (a: TracedLine[], b: TracedLine[]) => a.length === b.length && a.every((line, i) => line.text === b[i]!.text);

/**
 * The lines, most relevant to the job first (2 for each required skill a line names, 1 for each
 * preferred one), in their own order otherwise. Each line is scored once, not at every comparison.
 */
function byRelevance<T extends { text: string }>(lines: T[], job: Job): T[] {
  const required = new Set(job.requiredSkills);
  const preferred = new Set(job.preferredSkills);
  const relevance = (text: string) =>
    [...skillMentions(text).keys()].reduce((score, skill) => score + (required.has(skill) ? 2 : preferred.has(skill) ? 1 : 0), 0);
  return lines
    .map((line) => ({ line, score: relevance(line.text) }))
    .sort((a, b) => b.score - a.score)
    .map(({ line }) => line);
}

/** Jobs after the first two keep their most relevant bullets only: each kept whole, and the job never dropped. */
export const bulletsKeptForOlderJobs = 3;

/**
 * The offline tailoring: it selects and reorders the CV's own content (nothing is reworded), so
 * every line of the result is a line of the CV. Each kind of change is proposed separately.
 */
export function proposeTailoring(parsed: Profile, job: Job): Tailoring {
  const profile = profileForTailoring(parsed);
  const changes: Change[] = [];

  if (profile.summary) {
    const sentences = profile.summary.value.split(/(?<=[.!?])\s+/).map((text) => ({ text, source: profile.summary!.source }));
    const ordered = byRelevance(sentences, job);
    if (!same(sentences, ordered))
      changes.push({
        id: "summary",
        kind: "summary",
        label: "Summary: lead with what the job asks for",
        original: [traced(profile.summary)],
        proposed: [{ text: ordered.map((s) => s.text).join(" "), source: profile.summary.source }],
      });
  } else {
    const latest = profile.experience[0]?.title;
    const matched = [...job.requiredSkills, ...job.preferredSkills]
      .map(skillEvidence(profile))
      .filter((e) => e !== null)
      .slice(0, 6);
    if (latest && matched.length) {
      const text = `${latest.value}. Skills relevant to this role: ${[...new Set(matched.map((m) => m.cvWording))].join(", ")}.`;
      changes.push({
        id: "summary",
        kind: "summary",
        label: "Summary: add one, made of your title and your matching skills",
        original: [],
        proposed: [{ text, source: [latest.source, ...matched.map((m) => m.cvLine)].join("\n") }],
      });
    }
  }

  const skills = profile.skills.map(traced);
  const orderedSkills = byRelevance(skills, job);
  if (!same(skills, orderedSkills))
    changes.push({ id: "skills", kind: "skills", label: "Skills: the ones this job asks for first", original: skills, proposed: orderedSkills });

  profile.experience.forEach((entry, index) => {
    const bullets = entry.bullets.map(traced);
    let proposed = byRelevance(bullets, job);
    if (index >= 2 && proposed.length > bulletsKeptForOlderJobs) proposed = proposed.slice(0, bulletsKeptForOlderJobs);
    if (!same(bullets, proposed)) {
      const where = [entry.title?.value, entry.company?.value].filter(Boolean).join(" at ") || `Job ${index + 1}`;
      const shortened = proposed.length < bullets.length ? `, keeping ${proposed.length} of ${bullets.length}` : "";
      changes.push({ id: `job-${index}`, kind: "bullets", job: index, label: `${where}: most relevant points first${shortened}`, original: bullets, proposed });
    }
  });
  return { method: "offline", changes, rejected: [], flagged: [] };
}
