import { z } from "zod";

/**
 * A sortable, URL-safe id made of lowercase letters and digits (like Prisma's cuid), created in the
 * app so work can start before the row is written. Web Crypto, not node:crypto: forms import this
 * file's schema, and node:crypto in a browser bundle pulls in ~400 KB of polyfills.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => byte.toString(16).padStart(2, "0")).join("");
  const random = BigInt(`0x${hex}`).toString(36).padStart(16, "0").slice(0, 16);
  return `c${time}${random}`;
}

// Rows carry either newId()'s 26 characters or Prisma's cuid() (`@default(cuid())`): "c" and 24
// base-36 characters, 25 once its timestamp needs a ninth digit. Anything else names no row, so it is
// refused before a query is made.
const idPattern = /^c[a-z0-9]{24,25}$/;

/** A row id as the app and Prisma generate it. */
export const idSchema = z.string().regex(idPattern, "This is not a valid id.");

/** True when the value could be a row id; pages use it to answer "not found" without a query. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && idPattern.test(value);
}
