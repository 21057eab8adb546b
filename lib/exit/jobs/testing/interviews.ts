import { randomBytes } from "node:crypto";
import type { ExitStatus, PrismaClient } from "@/lib/generated/prisma/client";

// A small, hand-written exit interview for the job tests: a reason with a quotable sentence, the
// employee's own name and email inside answers (which must never reach a model or a quote), and
// a skipped question.

export const employee = { name: "Priya Raman", email: "priya.raman@example.test", manager: "Tomasz Wilk" };

export const fixtureAnswers = [
  {
    area: "reasons",
    questionKey: "reasons.main",
    question: "What is the main reason you decided to leave?",
    answer: "The pay was far below the market rate for my role. I got an offer with a much better salary and I took it.",
  },
  {
    area: "manager",
    questionKey: "manager.support",
    question: "How would you describe the support you got from your manager?",
    answer: "Tomasz Wilk never gave me any feedback and cancelled every one-to-one we had. Write to priya.raman@example.test if you need more.",
  },
  { area: "growth", questionKey: "growth.path", question: "Did you see a path to grow here?", answer: null },
  {
    area: "change",
    questionKey: "change.decision",
    question: "What would have changed your decision to leave?",
    answer: "A fair raise and a manager who actually listened would have kept me here.",
  },
  {
    area: "recommend",
    questionKey: "recommend.friend",
    question: "Would you recommend working here to a friend?",
    answer: "No, not while the pay stays this low.",
  },
] as const;

export async function createOrganisation(db: PrismaClient, exitRetentionDays = 365) {
  return db.organization.create({ data: { name: `Org ${randomBytes(3).toString("hex")}`, exitRetentionDays }, select: { id: true } });
}

type Dates = { createdAt?: Date; lastDay?: Date | null; completedAt?: Date | null; withdrawnAt?: Date | null };

/** An interview of `orgId` with the fixture's answers (none when WITHDRAWN, as withdrawal deletes them). */
export async function createInterview(db: PrismaClient, orgId: string, status: ExitStatus = "COMPLETED", dates: Dates = {}) {
  const finished = status === "COMPLETED" ? { completedAt: new Date() } : status === "WITHDRAWN" ? { withdrawnAt: new Date() } : {};
  return db.exitInterview.create({
    data: {
      orgId,
      employeeName: employee.name,
      employeeEmail: employee.email,
      department: "Sales",
      role: "Account executive",
      manager: employee.manager,
      reason: "voluntary",
      regrettable: true,
      language: "en",
      mode: "ATTRIBUTED",
      status,
      tokenHash: randomBytes(16).toString("hex"),
      tokenExpiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
      summaryStatus: status === "COMPLETED" ? "pending" : null,
      ...finished,
      ...dates,
      answers:
        status === "WITHDRAWN"
          ? undefined
          : {
              create: fixtureAnswers.map((a, seq) => ({
                seq,
                area: a.area,
                questionKey: a.questionKey,
                question: a.question,
                answer: a.answer,
                skipped: a.answer === null,
                sentiment: a.answer === null ? null : "negative",
                intensity: a.answer === null ? null : 2,
                themes: a.answer === null ? [] : [a.area === "reasons" ? "compensation" : "manager"],
                secondsSpent: 30 + seq,
              })),
            },
    },
    select: { id: true },
  });
}

/** The interview as the summariser reads it: each answered question, then its answer. */
export const fixtureTurns = fixtureAnswers.flatMap((a) =>
  a.answer === null
    ? []
    : [
        { role: "interviewer" as const, text: a.question },
        { role: "employee" as const, text: a.answer },
      ],
);
