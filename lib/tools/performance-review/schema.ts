import { z } from "zod";
import { fieldLimits } from "@/lib/security/text-limits";
import { defaultsFrom, enumOf, type FieldSpec, languageField, languages, lines, option, requiredText, text } from "@/lib/tools/fields";

export const reviewTones = [option("supportive", "Supportive"), option("direct", "Direct"), option("formal", "Formal")] as const;

/** "Communication: 4" or "Communication - 4/5". */
export const ratingLine = /^(.*?\S)\s*[:–-]\s*([1-5])(?:\s*\/\s*5)?$/;

export const performanceReviewSchema = z.object({
  employeeName: requiredText("Employee name", fieldLimits.name),
  role: requiredText("Role", fieldLimits.name),
  reviewPeriod: requiredText("Review period", fieldLimits.name),
  goals: lines(fieldLimits.longText),
  strengths: lines(fieldLimits.list),
  improvements: lines(fieldLimits.list),
  competencyRatings: lines(fieldLimits.shortList).refine(
    (v) =>
      v
        .split("\n")
        .filter((l) => l.trim())
        .every((l) => ratingLine.test(l.trim())),
    "Write one rating per line as “Competency: 1–5”, e.g. Communication: 4",
  ),
  managerNotes: text(fieldLimits.longText),
  language: enumOf(languages),
  tone: enumOf(reviewTones),
});

export type PerformanceReviewInput = z.infer<typeof performanceReviewSchema>;

export const performanceReviewFields: FieldSpec[] = [
  { name: "employeeName", label: "Employee name", kind: "text", required: true, half: true },
  { name: "role", label: "Role", kind: "text", required: true, half: true },
  { name: "reviewPeriod", label: "Review period", kind: "text", required: true, half: true, placeholder: "January – June 2026" },
  {
    name: "goals",
    label: "Goals and outcomes",
    kind: "textarea",
    help: "One per line: the goal, then what happened.",
    placeholder: "Cut ticket backlog by 30% — reached 42%",
  },
  { name: "strengths", label: "Strengths, with examples", kind: "textarea", help: "One per line." },
  { name: "improvements", label: "Areas to improve, with examples", kind: "textarea", help: "One per line." },
  {
    name: "competencyRatings",
    label: "Competency ratings",
    kind: "textarea",
    help: "One per line, e.g. Communication: 4 (1 = well below, 5 = well above expectations).",
  },
  { name: "managerNotes", label: "Manager notes", kind: "textarea" },
  languageField,
  { name: "tone", label: "Tone", kind: "select", options: reviewTones, half: true },
];

export const performanceReviewDefaults = defaultsFrom<PerformanceReviewInput>(performanceReviewFields);
