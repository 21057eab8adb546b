import { sourced, type Sourced } from "@/lib/cv/profile";
import { dateRangePattern } from "@/lib/cv/parse/dates";
import { charClass, trimEndWhere, trimWhere } from "@/lib/text/trim";

// The look-behinds keep a match from starting inside a run of the characters it repeats, which would
// read the rest of the run again from every position.
const emailPattern = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const emailDomains = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// Digits with the usual phone punctuation, at least 7 digits: "+1 (415) 555-0142", "607.379.5733", "(+82) 10-9030-1843".
const phonePattern = /(?:(?<![\s.-])|(?![\s.-]))(?:\(\+?\d{1,4}\)|\+\d{1,4})?[\s.-]*(?:\(\d{1,5}\)[\s.-]*)?\d[\d\s().-]{5,18}\d/g;
const phoneLabel = /tel|phone|mobile|cell|móvil|电话|手机|📱/i;
const phoneEdge = charClass(/[.\-\s]/);
// A link starts where a host name can: not inside a label, nor right after "label." (in "a.b.c.com" only
// at "a"), so a long dotted run is read once.
const urlPattern =
  /(?<![a-z0-9-]\.?)\b(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/[\w\-/%]+|github\.com\/[\w\-]+|gitlab\.com\/[\w\-]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|org|net|co|ai|app|page|site|tech)(?:\/[\w\-./%]*)?)/gi;

/** The first email address, preferring the header (the top of the CV) and skipping references. */
export function findEmail(lines: string[]): Sourced | null {
  for (const line of lines) {
    const match = emailPattern.exec(line);
    if (match) return sourced(match[0].replace(/^mailto:/i, ""), line, 0.95);
  }
  return null;
}

const digitsOf = (s: string) => s.replace(/\D/g, "");

/** A phone number: 7–15 digits with phone punctuation, not a date range or a year list. */
export function findPhone(lines: string[]): Sourced | null {
  for (const line of lines) {
    if (!/\d/.test(line) || (dateRangePattern.test(line) && !/tel|phone|mobile|móvil|电话|手机|📱/i.test(line))) continue;
    for (const match of line.matchAll(phonePattern)) {
      const candidate = trimWhere(match[0], phoneEdge);
      const digits = digitsOf(candidate);
      if (digits.length < 7 || digits.length > 15) continue;
      if (/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(candidate)) continue;
      // A postcode-and-street line or a GPA is not a phone: demand some grouping or a leading + or (.
      if (!/[\s().+-]/.test(candidate) && digits.length < 10) continue;
      const labelled = phoneLabel.test(line);
      return sourced(candidate, line, labelled || /^\+|^\(/.test(candidate) ? 0.95 : 0.8);
    }
  }
  return null;
}

export function findLinks(lines: string[]): Sourced[] {
  const seen = new Set<string>();
  const out: Sourced[] = [];
  for (const line of lines) {
    // Every link has a dot; only a line with an "@" has email domains to skip.
    if (!line.includes(".")) continue;
    const domains = new Set(line.includes("@") ? [...line.matchAll(emailDomains)].map((m) => m[1]!.toLowerCase()) : []);
    for (const match of line.matchAll(urlPattern)) {
      const url = trimEndWhere(match[0], (c) => c === "." || c === "," || c === ";");
      if (line[match.index - 1] === "@" || domains.has(url.toLowerCase())) continue; // the domain of an email address
      const key = url.toLowerCase().replace(/^https?:\/\/(www\.)?/, "");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(sourced(url, line, 0.9));
    }
  }
  return out.slice(0, 10);
}
