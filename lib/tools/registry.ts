import type { z } from "zod";
import type { CheckId } from "@/lib/checks/types";
import type { FieldSpec } from "@/lib/tools/fields";
import { interviewQuestionsDefaults, interviewQuestionsFields, interviewQuestionsSchema } from "@/lib/tools/interview-questions/schema";
import { jobDescriptionDefaults, jobDescriptionFields, jobDescriptionSchema } from "@/lib/tools/job-description/schema";
import { offerLetterDefaults, offerLetterFields, offerLetterSchema } from "@/lib/tools/offer-letter/schema";
import { onboardingPlanDefaults, onboardingPlanFields, onboardingPlanSchema } from "@/lib/tools/onboarding-plan/schema";
import { performanceReviewDefaults, performanceReviewFields, performanceReviewSchema } from "@/lib/tools/performance-review/schema";

// Client-safe: pages and forms import this. Server-only parts (offline drafts) live in ./offline.ts,
// keyed by the same slugs, so a tool missing one of its pieces is a type error.
export const toolSlugs = ["job-description", "offer-letter", "interview-questions", "onboarding-plan", "performance-review"] as const;
export type ToolSlug = (typeof toolSlugs)[number];

/** The PDF layout: a plain document, a letter on letterhead, or a printable sheet with room for notes. */
export type PdfTemplate = "document" | "letter" | "sheet";

export type ToolDefinition<S extends z.ZodObject = z.ZodObject> = {
  slug: ToolSlug;
  name: string;
  description: string;
  schema: S;
  defaults: z.infer<S>;
  fields: FieldSpec[];
  pdfTemplate: PdfTemplate;
  /** Deterministic checks shown beside the document. */
  checks: readonly CheckId[];
  /** The document's name in history and in the exported file. */
  titleOf: (input: z.infer<S>) => string;
  /** The subtitle line of the exported PDF. */
  subtitleOf: (input: z.infer<S>) => string;
};

const defineTool = <S extends z.ZodObject>(definition: ToolDefinition<S>) => definition;

export const tools = {
  "job-description": defineTool({
    slug: "job-description",
    name: "Job description",
    description: "A complete, inclusive job posting from your brief: role, responsibilities, requirements, pay and benefits.",
    schema: jobDescriptionSchema,
    defaults: jobDescriptionDefaults,
    fields: jobDescriptionFields,
    pdfTemplate: "document",
    checks: ["inclusive-language", "requirement-inflation", "pay-transparency"],
    titleOf: (input) => input.title,
    subtitleOf: (input) => [input.companyName, input.department].filter(Boolean).join(" · "),
  }),
  "offer-letter": defineTool({
    slug: "offer-letter",
    name: "Offer letter",
    description: "A formal offer with every term stated exactly, a signature block and an acceptance section, on your letterhead.",
    schema: offerLetterSchema,
    defaults: offerLetterDefaults,
    fields: offerLetterFields,
    pdfTemplate: "letter",
    checks: ["inclusive-language"],
    titleOf: (input) => `Offer letter — ${input.candidateName}`,
    subtitleOf: (input) => [input.companyName, input.companyAddress.replace(/(?<!\s)\s*\n\s*/g, ", ")].filter(Boolean).join(" · "),
  }),
  "interview-questions": defineTool({
    slug: "interview-questions",
    name: "Interview questions",
    description: "A structured interview kit: questions by competency, what a strong answer shows, probes and a 1–5 rubric.",
    schema: interviewQuestionsSchema,
    defaults: interviewQuestionsDefaults,
    fields: interviewQuestionsFields,
    pdfTemplate: "sheet",
    checks: [],
    titleOf: (input) => `Interview questions — ${input.role}`,
    subtitleOf: (input) => `${input.interviewType} interview · ${input.durationMinutes} minutes`,
  }),
  "onboarding-plan": defineTool({
    slug: "onboarding-plan",
    name: "Onboarding plan",
    description: "Pre-boarding to day 90 for a new hire, every task with an owner and a checkpoint.",
    schema: onboardingPlanSchema,
    defaults: onboardingPlanDefaults,
    fields: onboardingPlanFields,
    pdfTemplate: "document",
    checks: [],
    titleOf: (input) => `Onboarding plan — ${input.newHireName}`,
    subtitleOf: (input) => [input.role, input.department].filter(Boolean).join(" · "),
  }),
  "performance-review": defineTool({
    slug: "performance-review",
    name: "Performance review",
    description: "A balanced, evidence-based review with a rationale for each rating and SMART goals for the next period.",
    schema: performanceReviewSchema,
    defaults: performanceReviewDefaults,
    fields: performanceReviewFields,
    pdfTemplate: "document",
    checks: ["review-bias"],
    titleOf: (input) => `Performance review — ${input.employeeName}`,
    subtitleOf: (input) => `${input.role} · ${input.reviewPeriod}`,
  }),
} satisfies { [K in ToolSlug]: ToolDefinition };

export type ToolInput<K extends ToolSlug> = z.infer<(typeof tools)[K]["schema"]>;

export function isToolSlug(value: string): value is ToolSlug {
  return (toolSlugs as readonly string[]).includes(value);
}

export function getTool(slug: ToolSlug): ToolDefinition {
  return tools[slug] as unknown as ToolDefinition;
}
