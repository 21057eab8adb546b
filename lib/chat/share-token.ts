import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";

/**
 * The token of an "Ask my CV" link is derived from the link's id and when it was last rotated, with
 * AUTH_SECRET: the owner can be shown the link at any time, the database keeps only its hash (a copy of
 * the database opens no link), and rotating gives a new token that replaces the old one at once.
 */
export function shareTokenFor(link: { id: string; rotatedAt: Date }): string {
  return createHmac("sha256", getAuthSecret()).update(`ask-my-cv:${link.id}:${link.rotatedAt.getTime()}`).digest("base64url").slice(0, 32);
}

export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A visitor's conversation is found by the hash of a random cookie: the cookie alone opens nothing else. */
export const visitorCookie = "hr_ask_visitor";
export const newVisitorSecret = () => randomBytes(24).toString("base64url");
export const visitorKeyOf = (secret: string) => createHash("sha256").update(`visitor:${secret}`).digest("hex");
