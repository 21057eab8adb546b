// The theme taxonomy every analysis, dashboard and summary shares.

export const themeIds = [
  "compensation",
  "benefits",
  "career_growth",
  "manager",
  "leadership",
  "team",
  "workload",
  "work_life_balance",
  "culture",
  "recognition",
  "role_fit",
  "onboarding",
  "tools_process",
  "remote_flexibility",
  "relocation_personal",
  "better_offer",
  "job_security",
  "harassment_discrimination",
  "health_safety",
  "commute",
  "other",
] as const;

export type ThemeId = (typeof themeIds)[number];

/** Themes that pull someone towards something else rather than push them away from here. */
export const pullThemes: ReadonlySet<ThemeId> = new Set(["better_offer", "relocation_personal", "other"]);
