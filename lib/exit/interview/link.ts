import { createHash, randomBytes } from "node:crypto";

// The link an employee opens their exit interview with is the only key to it: a random token, shown
// to HR once when the interview is created or the link is re-issued. The database keeps only its
// hash, so a copy of the database opens no interview.

/** A new token and the hash to store in its place. */
export function newInterviewLink(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInterviewToken(token) };
}

export function hashInterviewToken(token: string): string {
  return createHash("sha256").update(`exit-interview:${token}`).digest("hex");
}

/** The page the employee opens: `<origin>/exit/<token>`. */
export function interviewUrl(origin: string, token: string): string {
  return new URL(`/exit/${encodeURIComponent(token)}`, origin).toString();
}

/** Tokens this app issues are 43 characters; anything much longer is not worth hashing. */
export const isPlausibleToken = (token: string) => token.length >= 16 && token.length <= 100;
