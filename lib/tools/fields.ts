import { z } from "zod";

/** How a form field is drawn. The registry lists them in order; the page renders them generically. */
export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "number";
  placeholder?: string;
  help?: string;
  options?: readonly { value: string; label: string }[];
  /** Half-width fields sit two to a row on wide screens. */
  half?: boolean;
  required?: boolean;
};

export const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters`);
export const requiredText = (label: string, max: number) => text(max).min(1, `${label} is required`);
/** Lists are typed one item per line in a textarea. */
export const lines = (max: number) => text(max);
export const wholeNumber = (label: string) => z.string().trim().regex(/^\d{0,9}$/, `${label} must be a whole number, e.g. 65000`);

export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s*/, "").trim())
    .filter(Boolean);
}

export const option = <T extends string>(value: T, label: string) => ({ value, label }) as const;
