import { formatDate, formatMoney, labelOf, payPeriods, splitLines, workModes } from "@/lib/tools/fields";
import type { OfferLetterInput } from "@/lib/tools/offer-letter/schema";

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** A complete offer letter: every term HR gave, nothing it did not. */
export function draftOfferLetter(input: OfferLetterInput, today = new Date()): string {
  const warm = input.tone === "warm";
  const team = input.department ? ` in the ${input.department} team` : "";
  const manager = input.reportingManager ? `, reporting to ${input.reportingManager}` : "";
  const pay = `${formatMoney(input.baseSalary, input.currency)} ${labelOf(payPeriods, input.payPeriod)}`;
  const where = [input.workLocation, labelOf(workModes, input.workMode).toLowerCase()].filter(Boolean).join(", ");
  const compensation = [`- **Base salary:** ${pay}, paid in line with the company's payroll schedule.`];
  if (input.bonus) compensation.push(`- **Bonus:** ${input.bonus}.`.replace(/\.\.$/, "."));
  if (input.equity) compensation.push(`- **Equity:** ${input.equity}.`.replace(/\.\.$/, "."));
  if (input.signOnBonus) compensation.push(`- **Sign-on bonus:** ${input.signOnBonus}.`.replace(/\.\.$/, "."));
  const benefits = splitLines(input.benefits);
  const conditions = splitLines(input.conditions);

  const parts = [
    `# Offer of employment: ${input.position}`,
    [`**${input.companyName}**`, ...splitLines(input.companyAddress)].join("  \n"),
    formatDate(today.toISOString().slice(0, 10)),
    [input.candidateName, ...splitLines(input.candidateAddress)].join("  \n"),
    `Dear ${warm ? firstName(input.candidateName) : input.candidateName},`,
    warm
      ? `We are delighted to offer you the position of **${input.position}**${team} at ${input.companyName}${manager}. Everyone you met was impressed, and we are excited about what you will bring.`
      : `${input.companyName} is pleased to offer you the position of **${input.position}**${team}${manager}, on the terms set out below.`,
    "## Start date and place of work",
    `Your employment will begin on **${formatDate(input.startDate)}**. Your place of work is ${where}.`,
    "## Compensation",
    compensation.join("\n"),
  ];
  if (benefits.length) parts.push("## Benefits", benefits.map((b) => `- ${b}`).join("\n"));
  if (input.probation)
    parts.push(
      "## Probation",
      `The first ${input.probation} of your employment are a probationary period, during which either party may end the employment with the notice required by law.`,
    );
  if (conditions.length) parts.push("## Conditions of this offer", "This offer is conditional on:", conditions.map((c) => `- ${c}`).join("\n"));
  parts.push(
    "## Next steps",
    input.offerExpiry
      ? `To accept, please sign and return this letter by **${formatDate(input.offerExpiry)}**. After that date the offer lapses.`
      : "To accept, please sign and return this letter.",
    warm
      ? `We are looking forward to welcoming you, ${firstName(input.candidateName)}. If you have any questions, just ask.`
      : "If you have any questions about these terms, please contact us.",
    ["Yours sincerely,", "", "", "______________________________", `**${input.signatoryName}**`, input.signatoryTitle, input.companyName].join("  \n"),
    "---",
    "## Acceptance",
    `I, ${input.candidateName}, accept this offer of employment on the terms above.`,
    ["Signature: ______________________________", "Date: ______________________________"].join("  \n"),
  );
  return parts.join("\n\n") + "\n";
}
