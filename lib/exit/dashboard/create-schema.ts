import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { thresholdBounds, retentionBounds } from "@/lib/exit/dashboard/anonymity";
import { exitLanguages, exitReasons } from "@/lib/exit/dashboard/vocabulary";
import { boundedText, fieldLimits } from "@/lib/security/text-limits";

// What HR enters to create an exit interview, checked the same way in the form and in the action.

export const linkLifetimeDays = { min: 1, max: 60, default: 14 } as const;

const name = (what: string) => boundedText(fieldLimits.name, what, "Shorten it.").min(1, `Enter the ${what.toLowerCase()}.`);
const optionalDay = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Enter a date, e.g. 2026-11-30.")
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

export const createExitInterviewSchema = z
  .object({
    employeeName: name("Employee's name"),
    employeeEmail: emailSchema,
    department: name("Department"),
    role: name("Role"),
    manager: name("Manager"),
    startDate: optionalDay,
    lastDay: optionalDay,
    reason: z.enum(exitReasons, "Choose a reason."),
    regrettable: z.boolean(),
    language: z.enum(exitLanguages, "Choose a language."),
    mode: z.enum(["ATTRIBUTED", "CONFIDENTIAL"], "Choose who sees the answers."),
    linkDays: z.coerce
      .number("Enter a number of days.")
      .int("Enter a whole number of days.")
      .min(linkLifetimeDays.min, `The link must work for at least ${linkLifetimeDays.min} day.`)
      .max(linkLifetimeDays.max, `The link can work for at most ${linkLifetimeDays.max} days.`),
  })
  .refine((v) => !v.startDate || !v.lastDay || v.startDate <= v.lastDay, { path: ["lastDay"], message: "The last day cannot be before the start date." })
  // Letting someone go is the organisation's decision, so losing them is never counted as regrettable.
  .transform((v) => ({ ...v, regrettable: v.reason === "involuntary" ? false : v.regrettable }));

export type CreateExitInterviewInput = z.input<typeof createExitInterviewSchema>;

const wholeNumberBetween = ({ min, max }: { min: number; max: number }) => {
  const message = `Choose a whole number from ${min} to ${max}.`;
  return z.coerce.number(message).int(message).min(min, message).max(max, message);
};

export const exitSettingsSchema = z
  .object({
    exitMinGroupSize: wholeNumberBetween(thresholdBounds),
    exitMinCommentGroupSize: wholeNumberBetween(thresholdBounds),
    exitRetentionDays: wholeNumberBetween(retentionBounds),
  })
  .strict()
  // Quotes say more about a person than a count does: their threshold is never the lower one.
  .refine((s) => s.exitMinCommentGroupSize >= s.exitMinGroupSize, {
    path: ["exitMinCommentGroupSize"],
    message: "Quotes need at least as many people as numbers do. Raise this to the number threshold or more.",
  });
