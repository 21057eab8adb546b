import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ExitFilters } from "@/lib/exit/dashboard/filters";

// The HR side's reads and writes of exit interviews. Every query takes the organisation, so one
// organisation's HR never reads or changes another's interviews.

/** The most interviews one dashboard view aggregates; an organisation's exits over years stay far below it. */
export const dashboardRowLimit = 5_000;

const answerFacts = {
  area: true,
  seq: true,
  questionKey: true,
  question: true,
  skipped: true,
  secondsSpent: true,
  themes: true,
  sentiment: true,
  intensity: true,
  followUp: true,
} as const;

const interviewFacts = {
  id: true,
  employeeName: true,
  employeeEmail: true,
  department: true,
  role: true,
  manager: true,
  startDate: true,
  lastDay: true,
  reason: true,
  regrettable: true,
  language: true,
  mode: true,
  status: true,
  tokenExpiresAt: true,
  linkWithdrawnAt: true,
  consentedAt: true,
  completedAt: true,
  sentiment: true,
  themes: true,
  summaryStatus: true,
  purgedAt: true,
  createdAt: true,
} as const;

export type DashboardInterview = Prisma.ExitInterviewGetPayload<{ select: typeof interviewFacts & { answers: { select: typeof answerFacts } } }>;
export type DashboardAnswer = DashboardInterview["answers"][number];

function whereOf(orgId: string, filters: ExitFilters): Prisma.ExitInterviewWhereInput {
  return {
    orgId,
    status: filters.status,
    reason: filters.reason,
    department: filters.department ? { equals: filters.department, mode: "insensitive" } : undefined,
    lastDay: filters.lastDayFrom || filters.lastDayBefore ? { gte: filters.lastDayFrom, lt: filters.lastDayBefore } : undefined,
  };
}

/**
 * The interviews matching the filters the database can apply, newest first, with the labels of their
 * answers (not the answers' text) for the charts. Sentiment, theme and search are applied by the
 * caller, as they fall back on the answers' labels while the summary is being written.
 */
export function listInterviewsForDashboard(db: PrismaClient, { orgId, filters }: { orgId: string; filters: ExitFilters }): Promise<DashboardInterview[]> {
  return db.exitInterview.findMany({
    where: whereOf(orgId, filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: dashboardRowLimit,
    select: { ...interviewFacts, answers: { select: answerFacts, orderBy: { seq: "asc" } } },
  });
}

/** The departments of the organisation's interviews, for the filter's choices. */
export async function listExitDepartments(db: PrismaClient, { orgId }: { orgId: string }): Promise<string[]> {
  const rows = await db.exitInterview.findMany({
    where: { orgId },
    distinct: ["department"],
    select: { department: true },
    orderBy: { department: "asc" },
    take: 500,
  });
  return rows.map((r) => r.department);
}

/** Answers on one theme, with their text, from the given interviews: the quotes behind a theme. */
export function listAnswersOnTheme(db: PrismaClient, { orgId, interviewIds, theme }: { orgId: string; interviewIds: string[]; theme: string }) {
  return db.exitAnswer.findMany({
    where: { interviewId: { in: interviewIds }, interview: { orgId }, themes: { has: theme }, skipped: false, answer: { not: null } },
    select: { interviewId: true, answer: true, interview: { select: { employeeName: true, manager: true } } },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
  });
}

/** One interview with its whole transcript, or null when it is not this organisation's. */
export function getExitInterviewForOrg(db: PrismaClient, { orgId, id }: { orgId: string; id: string }) {
  return db.exitInterview.findFirst({
    where: { id, orgId },
    select: {
      ...interviewFacts,
      summary: true,
      emailedAt: true,
      organization: { select: { name: true } },
      answers: { orderBy: { seq: "asc" }, select: { ...answerFacts, id: true, answer: true } },
    },
  });
}

export type ExitInterviewDetail = NonNullable<Awaited<ReturnType<typeof getExitInterviewForOrg>>>;

export type ExitSettings = { exitMinGroupSize: number; exitMinCommentGroupSize: number; exitRetentionDays: number };

export function getExitSettings(db: PrismaClient, { orgId }: { orgId: string }): Promise<ExitSettings> {
  return db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { exitMinGroupSize: true, exitMinCommentGroupSize: true, exitRetentionDays: true },
  });
}

export async function updateExitSettings(db: PrismaClient, { orgId, settings }: { orgId: string; settings: ExitSettings }): Promise<void> {
  await db.organization.update({ where: { id: orgId }, data: settings });
}

/**
 * What sending the link by email needs, or null when it is not this organisation's interview or the
 * token is not its current one: only the token's hash is kept, so the caller proves it holds the link.
 */
export function getInterviewRecipient(db: PrismaClient, { orgId, id, tokenHash }: { orgId: string; id: string; tokenHash: string }) {
  return db.exitInterview.findFirst({
    where: { id, orgId, tokenHash },
    select: {
      employeeName: true,
      employeeEmail: true,
      language: true,
      tokenExpiresAt: true,
      status: true,
      linkWithdrawnAt: true,
      organization: { select: { name: true } },
    },
  });
}

export async function markInterviewEmailed(db: PrismaClient, { orgId, id }: { orgId: string; id: string }): Promise<void> {
  await db.exitInterview.updateMany({ where: { id, orgId }, data: { emailedAt: new Date() } });
}
