import type { Provenance } from "@/lib/ai/model-call";
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

/**
 * `method` is "offline" or the id of the model that reworded the CV; a model's tailoring also keeps
 * the prompt version it came from.
 */
export type Tailoring = { method: string; changes: Change[]; rejected: string[]; flagged: FlaggedClaim[]; provenance?: Provenance };
