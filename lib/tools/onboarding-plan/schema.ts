import { z } from "zod";
import { fieldLimits } from "@/lib/security/text-limits";
import { defaultsFrom, enumOf, type FieldSpec, isoDate, languageField, languages, lines, requiredText, text, workModes } from "@/lib/tools/fields";

export const onboardingPlanSchema = z.object({
  newHireName: requiredText("New hire's name", fieldLimits.name),
  role: requiredText("Role", fieldLimits.name),
  department: text(fieldLimits.name),
  startDate: isoDate("Start date").refine((v) => v !== "", "Start date is required"),
  manager: requiredText("Manager", fieldLimits.name),
  buddy: text(fieldLimits.name),
  workMode: enumOf(workModes),
  systems: lines(fieldLimits.shortList),
  equipment: lines(fieldLimits.shortList),
  firstGoals: lines(fieldLimits.shortList),
  language: enumOf(languages),
});

export type OnboardingPlanInput = z.infer<typeof onboardingPlanSchema>;

export const onboardingPlanFields: FieldSpec[] = [
  { name: "newHireName", label: "New hire's name", kind: "text", required: true, half: true },
  { name: "role", label: "Role", kind: "text", required: true, half: true },
  { name: "department", label: "Department", kind: "text", half: true },
  { name: "startDate", label: "Start date", kind: "date", required: true, half: true },
  { name: "manager", label: "Manager", kind: "text", required: true, half: true },
  { name: "buddy", label: "Buddy", kind: "text", half: true },
  { name: "workMode", label: "Work mode", kind: "select", options: workModes, half: true, initial: "hybrid" },
  { name: "systems", label: "Systems and accounts", kind: "textarea", help: "One per line.", placeholder: "Google Workspace\nSalesforce\nJira" },
  { name: "equipment", label: "Equipment", kind: "textarea", help: "One per line.", placeholder: "MacBook Pro\nHeadset" },
  { name: "firstGoals", label: "Goals for the first 90 days", kind: "textarea", help: "One per line. Optional: the plan suggests goals when empty." },
  languageField,
];

export const onboardingPlanDefaults = defaultsFrom<OnboardingPlanInput>(onboardingPlanFields);
