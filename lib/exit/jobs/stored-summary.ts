import { storedJson } from "@/lib/db/stored-json";
import { interviewSummarySchema } from "@/lib/exit/analysis/summary-schema";

/** ExitInterview.summary, written and read only through its schema. */
export const storedSummary = storedJson("ExitInterview.summary", interviewSummarySchema);
