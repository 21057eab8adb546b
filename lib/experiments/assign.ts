import { createHash } from "node:crypto";

export type Variant = "a" | "b";

/**
 * Which version of a prompt serves one generation: the same key always gets the same answer, so a
 * generation's version can be worked out again, and over many keys the second version serves about
 * `shareB` percent of them. The key is the generation's id, which is random.
 */
export function variantFor(key: string, shareB: number): Variant {
  if (shareB <= 0) return "a";
  if (shareB >= 100) return "b";
  const bucket = createHash("sha256").update(key).digest().readUInt32BE(0) % 100;
  return bucket < shareB ? "b" : "a";
}
