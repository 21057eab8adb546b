import { getEnv, type Env } from "@/lib/env";

// Sending email is optional: it switches on when both SMTP_URL and SMTP_FROM are set (lib/env.ts
// checks their form at start-up).

export type SmtpConfig = { url: string; from: string };

/** The SMTP settings, or null when email is not configured. */
export function smtpConfigFrom(env: Pick<Env, "SMTP_URL" | "SMTP_FROM"> = getEnv()): SmtpConfig | null {
  return env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null;
}

export const emailConfigured = (env: Pick<Env, "SMTP_URL" | "SMTP_FROM"> = getEnv()) => smtpConfigFrom(env) !== null;
