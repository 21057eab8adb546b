import type { ThemeId } from "@/lib/exit/analysis/theme-ids";
import { interviewLanguages, type InterviewLanguage } from "@/lib/exit/interview/protocol";

// The fixed values of an exit interview's fields, with the words the dashboard shows for them.

export const exitReasons = ["voluntary", "involuntary", "end_of_contract", "retirement"] as const;
export type ExitReason = (typeof exitReasons)[number];
export const reasonLabels: Record<ExitReason, string> = {
  voluntary: "Voluntary",
  involuntary: "Involuntary",
  end_of_contract: "End of contract",
  retirement: "Retirement",
};

export const exitStatuses = ["INVITED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN"] as const;
export type ExitStatusName = (typeof exitStatuses)[number];
export const statusLabels: Record<ExitStatusName, string> = {
  INVITED: "Invited",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  WITHDRAWN: "Consent withdrawn",
};

export const sentimentLabels = ["positive", "neutral", "mixed", "negative"] as const;
export type SentimentName = (typeof sentimentLabels)[number];
export const sentimentWords: Record<SentimentName, string> = { positive: "Positive", neutral: "Neutral", mixed: "Mixed", negative: "Negative" };

export const exitLanguages = interviewLanguages;
export type ExitLanguage = InterviewLanguage;
export const languageNames: Record<ExitLanguage, string> = { en: "English", es: "Spanish", fr: "French", de: "German", pt: "Portuguese" };

export const themeLabels: Record<ThemeId, string> = {
  compensation: "Pay",
  benefits: "Benefits",
  career_growth: "Career growth",
  manager: "Manager",
  leadership: "Leadership",
  team: "Team",
  workload: "Workload",
  work_life_balance: "Work-life balance",
  culture: "Culture",
  recognition: "Recognition",
  role_fit: "Role fit",
  onboarding: "Onboarding",
  tools_process: "Tools and process",
  remote_flexibility: "Remote work and flexibility",
  relocation_personal: "Relocation or personal",
  better_offer: "Better offer",
  job_security: "Job security",
  harassment_discrimination: "Harassment or discrimination",
  health_safety: "Health and safety",
  commute: "Commute",
  other: "Other",
};
