import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { apiScopes } from "@/lib/api/scopes";

// A key reads `hrk_<prefix>_<secret>`. The prefix (10 hex characters) is shown in lists and finds the
// row; the secret (32 random bytes) is never stored, only its SHA-256. A secret this long cannot be
// guessed, so a plain hash is as strong as a slow one and keeps every request cheap.
const keyPattern = /^hrk_([0-9a-f]{10})_([\w-]{43})$/;

export const apiKeyNameSchema = z.string().trim().min(1, "Give the key a name, such as the tool that will use it").max(80, "Use 80 characters or fewer");
export const apiScopesSchema = z.array(z.enum(apiScopes)).min(1, "Choose at least one scope").max(apiScopes.length);

export const hashApiSecret = (secret: string) => createHash("sha256").update(`api-key:${secret}`).digest("hex");

/** A new key: the full text to show once, and what is stored. */
export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(5).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { key: `hrk_${prefix}_${secret}`, prefix, secretHash: hashApiSecret(secret) };
}

/** The prefix and secret of a presented key, or null when it is not shaped like one of ours. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  if (key.length > 80) return null;
  const match = keyPattern.exec(key);
  return match?.[1] && match[2] ? { prefix: match[1], secret: match[2] } : null;
}

/** Compares in constant time, so the time taken says nothing about how much of a hash matched. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
