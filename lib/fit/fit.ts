// The fit between a CV's profile and a posting: every requirement judged with the CV lines behind it.
export { computeFit, type FitPosting } from "@/lib/fit/score";
export { skillEvidence } from "@/lib/fit/evidence";
export { fitFormula } from "@/lib/fit/formula";
export { evidenceSchema, fitSchema, partialSchema, type Evidence, type Fit, type JudgedRequirement, type Partial } from "@/lib/fit/types";
