import { z } from "zod";
import { sameOriginPath } from "@/lib/auth/return-to";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email addresses can be at most 254 characters")
  .pipe(z.email("Enter a valid email address, e.g. name@company.com"));

/** A page inside the app to go to after signing in; anything else (other sites, odd paths) is dropped. */
export const returnToSchema = z
  .string()
  .max(300)
  .optional()
  .transform((v) => (v ? sameOriginPath(v) : undefined));

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200, "Passwords can be at most 200 characters"),
  returnTo: returnToSchema,
});

export const invitationTokenSchema = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

export const newPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), "Mix letters with digits or symbols");

export const registerSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(100, "Names can be at most 100 characters"),
    email: emailSchema,
    password: newPasswordSchema,
    accountType: z.enum(["hire", "seek"], "Choose how you will use HR Copilot"),
    organizationName: z.string().trim().max(120, "Company or team names can be at most 120 characters"),
    /** Set when signing up from an invitation link: the account joins that organisation instead. */
    inviteToken: invitationTokenSchema.optional(),
  })
  .refine((v) => v.accountType === "seek" || v.inviteToken !== undefined || v.organizationName.length > 0, {
    path: ["organizationName"],
    message: "Enter your company or team name",
  });
