import { formatDate, splitLines } from "@/lib/tools/fields";
import type { OnboardingPlanInput } from "@/lib/tools/onboarding-plan/schema";

type Item = [task: string, owner: string, checkpoint: string];

const table = (items: Item[]) =>
  ["| Task | Owner | Checkpoint |", "|---|---|---|", ...items.map((i) => `| ${i.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`)].join("\n");

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDate(date.toISOString().slice(0, 10));
}

/** Pre-boarding to day 90, each item with an owner and a checkpoint, built from the hire's details. */
export function draftOnboardingPlan(input: OnboardingPlanInput): string {
  const name = input.newHireName;
  const buddy = input.buddy || input.manager;
  const remote = input.workMode === "remote";
  const systems = splitLines(input.systems);
  const equipment = splitLines(input.equipment);
  const goals = splitLines(input.firstGoals);
  const team = input.department ? `the ${input.department} team` : "the team";

  const preboarding: Item[] = [
    ["Send the welcome email with start time, place and first-day agenda", input.manager, `Sent by ${addDays(input.startDate, -7)}`],
    ["Prepare the employment contract and payroll details", "HR", "Signed before day 1"],
    ...equipment.map((e): Item => [
      remote ? `Ship ${e} to ${name}'s home address` : `Set up ${e} at ${name}'s desk`,
      "IT",
      remote ? "Delivered before day 1" : "Ready on day 1",
    ]),
    ...systems.map((s): Item => [`Create a ${s} account`, "IT", "Login tested before day 1"]),
    [`Brief ${buddy} on their role as buddy`, input.manager, "Buddy confirmed"],
  ];
  const day1: Item[] = [
    [remote ? "Video welcome call and introductions to the team" : "Welcome at the office and introductions to the team", input.manager, "Done by 10:00"],
    ["Walk through the first week's agenda and this plan", input.manager, `${name} has a copy`],
    ["Check every account and device works", "IT", "No open access issues"],
    ["Lunch or virtual coffee", buddy, "Done"],
    ["HR essentials: policies, benefits enrolment, emergency contacts", "HR", "Forms completed"],
  ];
  const week1: Item[] = [
    [`One-to-one meetings with each member of ${team}`, name, "All meetings held"],
    [`Agree the 30/60/90-day goals for the ${input.role} role`, input.manager, "Goals written down and shared"],
    ["Shadow a colleague on real work", buddy, "At least two sessions"],
    ["Complete mandatory training (security, data protection)", name, "Certificates recorded"],
    ["End-of-week check-in: what is clear, what is not", input.manager, "Questions answered or owned"],
  ];
  const goalRows = (fallback: string[], offset: number, label: string): Item[] =>
    (goals.length ? goals : fallback).map((g) => [g, name, `Reviewed with ${input.manager} on ${addDays(input.startDate, offset)} (${label})`]);
  const thirty = goalRows([`Understand how ${team} works and whom to ask`, `Deliver a first small piece of ${input.role} work end to end`], 30, "day 30");
  const sixty: Item[] = [
    [`Own a recurring part of the ${input.role} work with light support`, name, `Reviewed on ${addDays(input.startDate, 60)}`],
    ["Give feedback on onboarding: what to keep, what to change", name, "Feedback sent to HR"],
  ];
  const ninety: Item[] = [
    ["Work independently at the expected level for the role", name, `Probation or 90-day review on ${addDays(input.startDate, 90)}`],
    ["Set goals for the next six months", input.manager, "Goals agreed in writing"],
  ];

  return (
    [
      `# Onboarding plan: ${name}`,
      `**${input.role}${input.department ? ` · ${input.department}` : ""} · starts ${formatDate(input.startDate)} · manager ${input.manager}${input.buddy ? ` · buddy ${input.buddy}` : ""} · ${input.workMode}**`,
      "## Pre-boarding",
      table(preboarding),
      `## Day 1 — ${formatDate(input.startDate)}`,
      table(day1),
      "## Week 1",
      table(week1),
      "## First 30 days",
      table(thirty),
      "## Days 31–60",
      table(sixty),
      "## Days 61–90",
      table(ninety),
      "## Checkpoints",
      `- Weekly one-to-one with ${input.manager}.\n- ${buddy} checks in at least twice a week during the first month.\n- Formal reviews on ${addDays(input.startDate, 30)}, ${addDays(input.startDate, 60)} and ${addDays(input.startDate, 90)}.`,
    ].join("\n\n") + "\n"
  );
}
