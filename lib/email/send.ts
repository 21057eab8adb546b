import nodemailer from "nodemailer";
import type { SmtpConfig } from "@/lib/email/config";

export type OutgoingEmail = { to: string; subject: string; text: string; html: string; language: string };

// One transport per SMTP URL, built on first use. nodemailer logs nothing unless asked, so neither
// the address nor the message reaches a log.
const transports = new Map<string, nodemailer.Transporter>();

function transportFor(url: string): nodemailer.Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Bounded waits, so a dead mail server fails the action instead of hanging it.
    transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transports.set(url, transport);
  }
  return transport;
}

/** Sends one message. Throws when the server refuses it; the caller decides what the user sees. */
export async function sendEmail(config: SmtpConfig, email: OutgoingEmail): Promise<void> {
  await transportFor(config.url).sendMail({
    from: config.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: { "Content-Language": email.language },
  });
}
