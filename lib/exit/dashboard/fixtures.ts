import type { DashboardAnswer, DashboardInterview } from "@/lib/db/queries/exit-dashboard";

// Interviews as the dashboard query returns them, built by hand for the tests of the aggregates.

let counter = 0;

export function answerFixture(fields: Partial<DashboardAnswer> = {}): DashboardAnswer {
  return {
    area: "reasons",
    seq: 0,
    questionKey: "reasons.main",
    question: "What is the main reason you are leaving?",
    skipped: false,
    secondsSpent: 30,
    themes: [],
    sentiment: "negative",
    intensity: 2,
    followUp: false,
    ...fields,
  };
}

export function interviewFixture(fields: Partial<DashboardInterview> = {}): DashboardInterview {
  counter += 1;
  return {
    id: `cfixture${String(counter).padStart(17, "0")}`,
    employeeName: `Person ${counter}`,
    employeeEmail: `person${counter}@example.test`,
    department: "Sales",
    role: "Account executive",
    manager: "Morgan Lead",
    startDate: new Date("2022-01-10T00:00:00Z"),
    lastDay: new Date("2026-10-15T00:00:00Z"),
    reason: "voluntary",
    regrettable: true,
    language: "en",
    mode: "ATTRIBUTED",
    status: "COMPLETED",
    tokenExpiresAt: new Date("2026-12-31T00:00:00Z"),
    linkWithdrawnAt: null,
    consentedAt: new Date("2026-10-10T00:00:00Z"),
    completedAt: new Date("2026-10-10T01:00:00Z"),
    sentiment: null,
    themes: [],
    summaryStatus: null,
    purgedAt: null,
    createdAt: new Date("2026-10-01T00:00:00Z"),
    answers: [],
    ...fields,
  };
}
