import type { Claim } from "@/lib/tailor/grounding";

/** A line of the tailored CV and the CV line(s) it comes from. */
export type TracedLine = { text: string; source: string };

/**
 * One proposed change to the CV, which the user accepts or rejects: a new summary, a new order of
 * skills, or a job's bullets reordered, shortened or reworded. `job` is the index in the profile.
 */
export type Change = {
  id: string;
  kind: "summary" | "skills" | "bullets";
  job?: number;
  label: string;
  original: TracedLine[];
  proposed: TracedLine[];
};

/** Claims a model wrote that the CV does not support: taken out, and shown to the user. */
export type FlaggedClaim = Claim & { where: string };

export type Tailoring = { method: string; changes: Change[]; rejected: string[]; flagged: FlaggedClaim[] };
