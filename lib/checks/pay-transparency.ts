import type { CheckInput, Finding } from "@/lib/checks/types";

/**
 * Places whose law requires a pay range in job postings (as of 2026). Kept short and dated on
 * purpose: it is a prompt to check, not legal advice.
 */
export const payTransparencyJurisdictions = [
  "European Union (Pay Transparency Directive, from June 2026)",
  "California, Colorado, Washington, New York State and New York City, Illinois, Maryland, Hawaii, Minnesota, Vermont, Massachusetts, New Jersey, Washington DC (US)",
  "British Columbia and Ontario (Canada)",
];

// A currency before a number, or after one ("55,000 EUR"). A number is read from the start of its run
// of digits, commas and dots, so a long run is read once and not again from each of its digits.
const amount =
  /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|INR|SGD|JPY|BRL|MXN|SEK|PLN|ZAR)\b)\s?\d|(?<![\d,.])[,.]*\d[\d,.]*\s?(?:k|K)?\s?(?:[$€£]|USD|EUR|GBP|CHF)/;

/** Warns when a job description states no pay range. */
export function checkPayTransparency({ text, brief }: CheckInput): Finding[] {
  const hasRange = Boolean(brief.salaryMin || brief.salaryMax) || amount.test(text);
  if (hasRange) return [];
  const heading = /^#{1,3} .*(compensation|salary|pay).*$/im.exec(text);
  return [
    {
      check: "pay-transparency",
      kind: "no-salary",
      message: "This job description gives no salary range. Postings with a range get more applicants, and several places require one.",
      suggestion: `Add the range to the brief. Required in: ${payTransparencyJurisdictions.join("; ")}.`,
      quote: heading?.[0] ?? "",
      start: heading?.index ?? 0,
      end: (heading?.index ?? 0) + (heading?.[0].length ?? 0),
    },
  ];
}
