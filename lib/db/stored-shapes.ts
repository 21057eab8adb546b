import { profileSchema } from "@/lib/cv/profile";
import { storedJson } from "@/lib/db/stored-json";
import { fitSchema } from "@/lib/fit/fit";
import { jobAnalysisSchema } from "@/lib/jobs/analysis-schema";
import { tailoringSchema } from "@/lib/tailor/types";

// The one place each JSON column is read and written: the query layer uses nothing else for them.
export const storedProfile = storedJson("Cv.profile", profileSchema);
export const storedAnalysis = storedJson("JobPosting.analysis", jobAnalysisSchema);
export const storedFit = storedJson("Application.fit", fitSchema);
export const storedTailoring = storedJson("Application.tailoring", tailoringSchema);
