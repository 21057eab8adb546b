import type { OfflineDrafter } from "@/lib/ai/offline/model";
import { draftInterviewQuestions } from "@/lib/tools/interview-questions/offline";
import { draftJobDescription } from "@/lib/tools/job-description/offline";
import { draftOfferLetter } from "@/lib/tools/offer-letter/offline";
import { draftOnboardingPlan } from "@/lib/tools/onboarding-plan/offline";
import { draftPerformanceReview } from "@/lib/tools/performance-review/offline";
import { getTool, isToolSlug, type ToolInput, type ToolSlug } from "@/lib/tools/registry";

const drafters: { [K in ToolSlug]: (input: ToolInput<K>) => string } = {
  "job-description": draftJobDescription,
  "offer-letter": (input) => draftOfferLetter(input),
  "interview-questions": draftInterviewQuestions,
  "onboarding-plan": draftOnboardingPlan,
  "performance-review": draftPerformanceReview,
};

/** The offline engine's entry point: validates the input again, then drafts from the tool's template. */
export const draftOffline: OfflineDrafter = ({ task, input }) => {
  if (!isToolSlug(task)) throw new Error(`The offline engine has no template for "${task}"`);
  const parsed = getTool(task).schema.parse(input);
  return (drafters[task] as (input: unknown) => string)(parsed);
};
