import type { JudgedRequirement } from "@/lib/fit/types";

/** A requirement as a judge reads it, before the formula gives it its weight. */
export type Judgement = Omit<JudgedRequirement, "weight"> & {
  /** A skill many professions share (Excel, English, communication): it weighs less and says little about the profession. */
  generic?: boolean;
};

/** At most three CV lines, each once. */
export const citeLines = (lines: string[]) => [...new Set(lines.filter(Boolean))].slice(0, 3);
