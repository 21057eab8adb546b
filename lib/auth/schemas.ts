import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address, e.g. name@company.com"));

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});

export const newPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), "Mix letters with digits or symbols");

export const registerSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(100),
    email: emailSchema,
    password: newPasswordSchema,
    accountType: z.enum(["hire", "seek"], "Choose how you will use HR Copilot"),
    organizationName: z.string().trim().max(120),
  })
  .refine((v) => v.accountType === "seek" || v.organizationName.length > 0, {
    path: ["organizationName"],
    message: "Enter your company or team name",
  });
