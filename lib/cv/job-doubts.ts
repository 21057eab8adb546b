import { headingKind } from "@/lib/cv/parse/sections";
import { lowConfidence, type Experience, type Profile, type Sourced } from "@/lib/cv/profile";
import { editedSource } from "@/lib/cv/profile-edits";

/**
 * Why a job read from a CV may be wrong. A serious doubt means the job would look broken in an
 * exported CV (no title, a heading read as a company); the others only ask the user to check.
 */
export type JobDoubt = { field: "title" | "company" | "dates" | "bullets"; reason: string; serious: boolean };

/** Longer than any real job title or employer name: the line probably holds other text too. */
const longValue = { characters: 70, words: 10 };

// A value cut off mid-phrase ends with a joining mark or word ("Engineer and", "Acme,", "Sales (").
const joiningEnd = /(?:[,;:&/(–—-]|\b(?:and|or|of|at|the|for|in|with|to|de|et|und)\b)$/iu;
// A value that starts mid-sentence begins in lower case, unless it is a brand like "eBay" or "iOS".
const lowerCaseStart = /^\p{Ll}(?!\p{Lu})/u;

/** How a title or company looks misread: a section heading, a cut-off fragment, or a whole line of text. */
function shapeProblem(value: string): string | null {
  const text = value.trim();
  if (!/\p{L}/u.test(text)) return "has no words";
  if (headingKind(text)) return "looks like a section heading";
  if (lowerCaseStart.test(text) || joiningEnd.test(text)) return "looks cut off";
  if ((text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) return "looks cut off";
  if (text.length > longValue.characters || text.split(/\s+/).length > longValue.words) return "is very long: it may hold other text";
  return null;
}

const isGuess = (field: Sourced | null) => field !== null && field.confidence < lowConfidence;

function fieldDoubts(field: Sourced | null, name: "title" | "company", label: string): JobDoubt[] {
  if (!field || !field.value.trim()) return [{ field: name, reason: `${label} not found`, serious: true }];
  // What the user typed is what they mean: only what the parser read is questioned.
  if (field.source === editedSource) return [];
  const shape = shapeProblem(field.value);
  if (shape) return [{ field: name, reason: `${label} ${shape}`, serious: true }];
  return isGuess(field) ? [{ field: name, reason: `${label} may be misread`, serious: false }] : [];
}

/** Reasons to check a job, in the order of its fields; none when it reads as a whole job. */
export function jobDoubts(job: Experience): JobDoubt[] {
  const doubts = [...fieldDoubts(job.title, "title", "Job title"), ...fieldDoubts(job.company, "company", "Company")];
  if (!job.start && !job.end && !job.current) doubts.push({ field: "dates", reason: "No dates found", serious: true });
  else if (isGuess(job.start) || isGuess(job.end)) doubts.push({ field: "dates", reason: "Dates may be misread", serious: false });
  if (job.bullets.length === 0) doubts.push({ field: "bullets", reason: "No bullet points found", serious: false });
  return doubts;
}

/** A job's name for messages: "Job 2 (Data Analyst at Initech)". */
export function jobLabel(job: Experience, index: number): string {
  const name = [job.title?.value, job.company?.value].filter(Boolean).join(" at ");
  return name ? `Job ${index + 1} (${name})` : `Job ${index + 1}`;
}

/** What would make an exported CV look broken: no name, or jobs with serious doubts. */
export function profileProblems(profile: Profile): string[] {
  const problems = profile.name?.value.trim() ? [] : ["Your name is missing"];
  profile.experience.forEach((job, index) => {
    const serious = jobDoubts(job).filter((d) => d.serious);
    if (serious.length) problems.push(`${jobLabel(job, index)}: ${serious.map((d) => d.reason).join("; ")}`);
  });
  return problems;
}
