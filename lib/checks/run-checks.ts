import { checkInclusiveLanguage } from "@/lib/checks/inclusive-language";
import { checkPayTransparency } from "@/lib/checks/pay-transparency";
import { checkRequirementInflation } from "@/lib/checks/requirement-inflation";
import { checkReviewBias } from "@/lib/checks/review-bias";
import type { CheckId, CheckInput, Finding } from "@/lib/checks/types";

const checks: Record<CheckId, (input: CheckInput) => Finding[]> = {
  "inclusive-language": checkInclusiveLanguage,
  "requirement-inflation": checkRequirementInflation,
  "pay-transparency": checkPayTransparency,
  "review-bias": checkReviewBias,
};

export const checkNames: Record<CheckId, string> = {
  "inclusive-language": "Inclusive language",
  "requirement-inflation": "Requirement inflation",
  "pay-transparency": "Pay transparency",
  "review-bias": "Review bias",
};

/** Runs the given checks; deterministic and instant, so it runs in the browser beside the document. */
export function runChecks(ids: readonly CheckId[], input: CheckInput): Record<CheckId, Finding[]> {
  return Object.fromEntries(ids.map((id) => [id, checks[id](input)])) as Record<CheckId, Finding[]>;
}
