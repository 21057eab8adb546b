import type { OutgoingEmail } from "@/lib/email/send";

// The email that carries an exit-interview link, in the interview's language. It says who sends it,
// what the link is for, until when it works, and that it is personal.

export type InvitationLanguage = "en" | "es" | "fr" | "de" | "pt";

type Wording = {
  subject: (org: string) => string;
  greeting: (name: string) => string;
  body: (org: string) => string;
  link: string;
  until: (date: string) => string;
  personal: string;
};

const wording: Record<InvitationLanguage, Wording> = {
  en: {
    subject: (org) => `Your exit interview with ${org}`,
    greeting: (name) => `Hello ${name},`,
    body: (org) =>
      `${org} would like to hear about your time with them. The interview takes about fifteen minutes; you can skip any question, stop at any time, and withdraw your answers.`,
    link: "Open your interview",
    until: (date) => `The link works until ${date}.`,
    personal: "This link is personal: please do not forward it.",
  },
  es: {
    subject: (org) => `Tu entrevista de salida con ${org}`,
    greeting: (name) => `Hola, ${name}:`,
    body: (org) =>
      `${org} quiere conocer tu experiencia. La entrevista dura unos quince minutos; puedes saltarte cualquier pregunta, parar cuando quieras y retirar tus respuestas.`,
    link: "Abrir tu entrevista",
    until: (date) => `El enlace funciona hasta el ${date}.`,
    personal: "Este enlace es personal: no lo reenvíes.",
  },
  fr: {
    subject: (org) => `Votre entretien de départ avec ${org}`,
    greeting: (name) => `Bonjour ${name},`,
    body: (org) =>
      `${org} souhaite connaître votre expérience. L'entretien dure environ quinze minutes ; vous pouvez passer n'importe quelle question, arrêter à tout moment et retirer vos réponses.`,
    link: "Ouvrir votre entretien",
    until: (date) => `Le lien fonctionne jusqu'au ${date}.`,
    personal: "Ce lien est personnel : merci de ne pas le transférer.",
  },
  de: {
    subject: (org) => `Ihr Austrittsgespräch mit ${org}`,
    greeting: (name) => `Hallo ${name},`,
    body: (org) =>
      `${org} möchte gern von Ihren Erfahrungen hören. Das Gespräch dauert etwa fünfzehn Minuten; Sie können jede Frage überspringen, jederzeit aufhören und Ihre Antworten zurückziehen.`,
    link: "Gespräch öffnen",
    until: (date) => `Der Link gilt bis ${date}.`,
    personal: "Dieser Link ist persönlich: Bitte leiten Sie ihn nicht weiter.",
  },
  pt: {
    subject: (org) => `A sua entrevista de saída com ${org}`,
    greeting: (name) => `Olá, ${name},`,
    body: (org) =>
      `${org} gostaria de conhecer a sua experiência. A entrevista leva cerca de quinze minutos; pode saltar qualquer pergunta, parar quando quiser e retirar as suas respostas.`,
    link: "Abrir a sua entrevista",
    until: (date) => `O link funciona até ${date}.`,
    personal: "Este link é pessoal: por favor, não o reencaminhe.",
  },
};

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

// Header values must be one line: a name or organisation with a line break could add headers.
const oneLine = (text: string) => text.replaceAll(/[\r\n]+/g, " ").trim();

export function interviewInvitationEmail({
  to,
  name,
  organisation,
  url,
  expiresAt,
  language,
}: {
  to: string;
  name: string;
  organisation: string;
  url: string;
  expiresAt: Date;
  language: InvitationLanguage;
}): OutgoingEmail {
  const words = wording[language];
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(expiresAt);
  const paragraphs = [words.greeting(oneLine(name)), words.body(oneLine(organisation))];
  const closing = [words.until(date), words.personal];
  const text = [...paragraphs, `${words.link}: ${url}`, ...closing].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(url)}">${escapeHtml(words.link)}</a><br>${escapeHtml(url)}</p>`,
    ...closing.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join("\n");
  return { to, subject: oneLine(words.subject(organisation)), text, html, language };
}
