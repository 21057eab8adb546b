import { splitLines, withoutEndMarks } from "@/lib/tools/fields";
import { ratingLine, type PerformanceReviewInput } from "@/lib/tools/performance-review/schema";

const ratingWords = ["", "Well below expectations", "Below expectations", "Meets expectations", "Above expectations", "Well above expectations"];

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The strength or improvement lines that mention a competency: the evidence for its rating. */
function evidenceFor(competency: string, notes: string[]): string[] {
  const keys = words(competency).filter((w) => w.length > 3);
  return notes.filter((n) => keys.some((k) => words(n).some((w) => w.startsWith(k.slice(0, 6)))));
}

/** A balanced review from the manager's notes: each rating with its evidence, and SMART goals next. */
export function draftPerformanceReview(input: PerformanceReviewInput): string {
  const goals = splitLines(input.goals);
  const strengths = splitLines(input.strengths);
  const improvements = splitLines(input.improvements);
  const ratings = splitLines(input.competencyRatings).map((l) => {
    const m = ratingLine.exec(l) as RegExpExecArray;
    return { competency: (m[1] ?? "").trim(), score: Number(m[2]) };
  });
  const first = input.employeeName.trim().split(/\s+/)[0] ?? input.employeeName;
  const opening =
    input.tone === "direct"
      ? `This review covers ${input.reviewPeriod}. It sets out what ${first} delivered, where the bar was not met, and what is expected next.`
      : input.tone === "formal"
        ? `This document records the performance review of ${input.employeeName}, ${input.role}, for the period ${input.reviewPeriod}.`
        : `This review looks back on ${input.reviewPeriod} with ${first}: what went well, what to grow, and how we will support that in the next period.`;

  const parts = [`# Performance review: ${input.employeeName}`, `**${input.role} · ${input.reviewPeriod}**`, "## Summary", opening];
  if (input.managerNotes) parts.push(input.managerNotes);
  parts.push(
    "## Goals and outcomes",
    goals.length ? goals.map((g) => `- ${g}`).join("\n") : "- No goals were recorded for this period. Agree them at the start of the next one (see below).",
  );
  parts.push(
    "## Strengths",
    strengths.length ? strengths.map((s) => `- ${s}`).join("\n") : "- None recorded. Add specific examples before sharing this review.",
  );
  parts.push("## Areas to grow", improvements.length ? improvements.map((s) => `- ${s}`).join("\n") : "- None recorded.");
  if (ratings.length) {
    const evidencePool = [...strengths, ...improvements, ...goals];
    parts.push(
      "## Competency ratings",
      [
        "| Competency | Rating | Evidence |",
        "|---|---|---|",
        ...ratings.map(({ competency, score }) => {
          const evidence = evidenceFor(competency, evidencePool);
          return `| ${competency} | ${score} — ${ratingWords[score]} | ${evidence.length ? evidence.join("; ") : "**No example given: add one before sharing.**"} |`;
        }),
      ].join("\n"),
    );
  }
  const growth = improvements.length ? improvements : ratings.filter((r) => r.score <= 3).map((r) => `${r.competency}`);
  parts.push(
    "## Goals for the next period",
    growth.length
      ? growth
          .map(
            (item, i) =>
              `${i + 1}. **${withoutEndMarks(item, ".;")}.** Specific: agree one concrete change with your manager. Measurable: a visible example each month. Achievable: with support from your manager. Relevant: it is the main gap for the ${input.role} role. Time-bound: reviewed at the mid-point and the end of the next period.`,
          )
          .join("\n")
      : `1. **Keep the current level and take on one stretch responsibility.** Agree it in the first two weeks, with a measurable outcome, reviewed at the mid-point and the end of the next period.`,
    "## Sign-off",
    "Employee comments: ______________________________\n\nEmployee signature: ______________  Date: __________\n\nManager signature: ______________  Date: __________",
  );
  return parts.join("\n\n") + "\n";
}
