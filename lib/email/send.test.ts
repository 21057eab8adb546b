import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailConfigured, smtpConfigFrom } from "@/lib/email/config";
import { readEnvironment } from "@/lib/env";
import { interviewInvitationEmail } from "@/lib/email/interview-invitation";
import { sendEmail } from "@/lib/email/send";

// A real SMTP server on a free local port, which keeps what it receives, parsed.
const received: { envelopeTo: string[]; mail: ParsedMail }[] = [];
const credentials = { user: "mailer", pass: "s3cret-pass" };
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS"], // plain connection on localhost; no certificate to trust
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(new Error("Invalid login"));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("smtpConfigFrom", () => {
  const env = (raw: Record<string, string>) => readEnvironment(raw);
  it("is off unless both the server and the sender are set", () => {
    expect(smtpConfigFrom(env({}))).toBeNull();
    expect(smtpConfigFrom(env({ SMTP_URL: "smtp://h:25" }))).toBeNull();
    expect(smtpConfigFrom(env({ SMTP_URL: " ", SMTP_FROM: "HR <hr@example.test>" }))).toBeNull();
    expect(emailConfigured(env({ SMTP_URL: "smtp://h:25", SMTP_FROM: "hr@example.test" }))).toBe(true);
  });

  it("refuses a URL that is not SMTP when the app starts", () => {
    expect(() => env({ SMTP_URL: "http://h", SMTP_FROM: "hr@example.test" })).toThrow(/SMTP_URL/);
  });
});

describe("sending an interview link", () => {
  it("delivers the message to the employee, in the interview's language, with the link", async () => {
    const config = smtpConfigFrom({ SMTP_URL: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${port}`, SMTP_FROM: "Acme HR <hr@acme.example>" })!;
    const url = "http://127.0.0.1:3000/exit/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";
    const email = interviewInvitationEmail({
      to: "leaver@example.test",
      name: "Inès Moreau",
      organisation: "Acme",
      url,
      expiresAt: new Date("2027-01-15T12:00:00Z"),
      language: "fr",
    });
    await sendEmail(config, email);

    const message = received.at(-1)!;
    expect(message.envelopeTo).toEqual(["leaver@example.test"]);
    expect(message.mail.subject).toBe(email.subject);
    expect(message.mail.subject).toContain("Acme");
    expect(message.mail.text).toContain(url);
    expect(message.mail.html).toContain(`href="${url}"`);
    expect(message.mail.text).toContain("Inès");
    expect(message.mail.headers.get("content-language")).toBe("fr");
  });

  it("words the message in each language differently, never with a line break in the subject", () => {
    const base = { to: "a@example.test", name: "A\r\nBcc: x@evil.test", organisation: "Org\nX", url: "http://h/exit/t", expiresAt: new Date() };
    const subjects = (["en", "es", "fr", "de", "pt"] as const).map((language) => interviewInvitationEmail({ ...base, language }).subject);
    expect(new Set(subjects).size).toBe(5);
    for (const subject of subjects) expect(subject).not.toMatch(/[\r\n]/);
    expect(interviewInvitationEmail({ ...base, language: "en" }).html).not.toContain("<script");
  });

  it("fails when the server refuses the login", async () => {
    const config = smtpConfigFrom({ SMTP_URL: `smtp://${credentials.user}:wrong@127.0.0.1:${port}`, SMTP_FROM: "hr@acme.example" })!;
    await expect(
      sendEmail(
        config,
        interviewInvitationEmail({ to: "b@example.test", name: "B", organisation: "Acme", url: "http://h/exit/t", expiresAt: new Date(), language: "en" }),
      ),
    ).rejects.toThrow();
  });
});
