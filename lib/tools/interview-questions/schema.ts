import { z } from "zod";
import { fieldLimits } from "@/lib/security/text-limits";
import { defaultsFrom, enumOf, type FieldSpec, languageField, languages, lines, option, requiredText } from "@/lib/tools/fields";
import { seniorities } from "@/lib/tools/job-description/schema";

export const interviewTypes = [
  option("screening", "Screening"),
  option("technical", "Technical"),
  option("behavioural", "Behavioural"),
  option("culture", "Culture and values"),
  option("panel", "Panel"),
] as const;

export const interviewQuestionsSchema = z.object({
  role: requiredText("Role", fieldLimits.name),
  seniority: enumOf(seniorities),
  competencies: lines(fieldLimits.shortList).refine((v) => v.split("\n").some((l) => l.trim()), "List at least one competency or skill to probe"),
  interviewType: enumOf(interviewTypes),
  numberOfQuestions: z
    .string()
    .trim()
    .max(2, "Choose between 1 and 30 questions")
    .regex(/^([1-9]|[12]\d|30)$/, "Choose between 1 and 30 questions"),
  durationMinutes: z
    .string()
    .trim()
    .max(3, "Duration must be between 10 and 180 minutes")
    .regex(/^(1[0-9]|[2-9]\d|1[0-7]\d|180)$/, "Duration must be between 10 and 180 minutes"),
  language: enumOf(languages),
});

export type InterviewQuestionsInput = z.infer<typeof interviewQuestionsSchema>;

export const interviewQuestionsFields: FieldSpec[] = [
  { name: "role", label: "Role", kind: "text", required: true, half: true, placeholder: "Customer Success Manager" },
  { name: "seniority", label: "Seniority", kind: "select", options: seniorities, half: true, initial: "mid" },
  {
    name: "competencies",
    label: "Competencies and skills to probe",
    kind: "textarea",
    required: true,
    help: "One per line.",
    placeholder: "Stakeholder management\nSQL\nHandling conflict",
  },
  { name: "interviewType", label: "Interview type", kind: "select", options: interviewTypes, half: true, initial: "behavioural" },
  { name: "numberOfQuestions", label: "Number of questions", kind: "number", half: true, initial: "6" },
  { name: "durationMinutes", label: "Duration (minutes)", kind: "number", half: true, initial: "45" },
  languageField,
];

export const interviewQuestionsDefaults = defaultsFrom<InterviewQuestionsInput>(interviewQuestionsFields);
