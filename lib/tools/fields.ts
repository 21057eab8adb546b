import { z } from "zod";
import { boundedText, fieldLimits } from "@/lib/security/text-limits";
import { trimEndWhere } from "@/lib/text/trim";

/** How a form field is drawn. The registry lists them in order; the page renders them generically. */
export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "number" | "date";
  placeholder?: string;
  help?: string;
  options?: readonly { value: string; label: string }[];
  /** Half-width fields sit two to a row on wide screens. */
  half?: boolean;
  required?: boolean;
  /** The starting value when it is not empty (or, for a select, not its first option). */
  initial?: string;
};

/** A tool's empty form, from its field list: every default lives beside the field it belongs to. */
export function defaultsFrom<T>(fields: FieldSpec[]): T {
  return Object.fromEntries(fields.map((f) => [f.name, f.initial ?? (f.kind === "select" ? (f.options?.[0]?.value ?? "") : "")])) as T;
}

export const text = (max: number) => boundedText(max, "This field", "Shorten it.");
export const requiredText = (label: string, max: number) => text(max).min(1, `${label} is required`);
/** Lists are typed one item per line in a textarea; each item becomes a line or a table row of the document. */
export const lines = (max: number) =>
  text(max).refine((value) => splitLines(value).length <= fieldLimits.listItems, {
    error: (issue) =>
      `List at most ${fieldLimits.listItems} items, one per line; this list has ${typeof issue.input === "string" ? splitLines(issue.input).length : "more"}.`,
  });
export const wholeNumber = (label: string) =>
  z.string().trim().max(9, `${label} can have at most 9 digits`).regex(/^\d*$/, `${label} must be a whole number, e.g. 65000`);

/** The text without the marks it ends with (of `marks`), so a template can end the sentence its own way. */
export const withoutEndMarks = (text: string, marks: string) => trimEndWhere(text, (char) => marks.includes(char));

export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s*/, "").trim())
    .filter(Boolean);
}

export const option = <T extends string>(value: T, label: string) => ({ value, label }) as const;

/** YYYY-MM-DD from a date input, or empty when optional. */
export const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .max(10, `${label} must be a date`)
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, `${label} must be a date`);

export const languages = [
  option("en", "English"),
  option("es", "Spanish"),
  option("fr", "French"),
  option("de", "German"),
  option("pt", "Portuguese"),
] as const;

export const enumOf = <T extends readonly { value: string }[]>(list: T) => z.enum(list.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]]);

/** Every tool asks for the output language; the offline engine writes English and says so. */
export const languageField: FieldSpec = { name: "language", label: "Output language", kind: "select", options: languages, half: true };

export const labelOf = (list: readonly { value: string; label: string }[], value: string) => list.find((o) => o.value === value)?.label ?? value;

// One formatter for every date: building one costs far more than formatting with it.
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(iso: string): string {
  if (!iso) return "";
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

export function formatMoney(amount: string, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(Number(amount));
}

export const currencies = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR", "SGD", "JPY", "BRL", "MXN", "SEK", "PLN", "ZAR"] as const;
export const currencyOptions = currencies.map((c) => option(c, c));
export const workModes = [option("on-site", "On-site"), option("hybrid", "Hybrid"), option("remote", "Remote")] as const;
export const payPeriods = [option("year", "per year"), option("month", "per month"), option("hour", "per hour")] as const;
