import { randomBytes } from "node:crypto";

/**
 * A sortable, URL-safe id made of lowercase letters and digits (like Prisma's cuid), created in the
 * app so work can start before the row is written.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`).toString(36).padStart(16, "0").slice(0, 16);
  return `c${time}${random}`;
}
