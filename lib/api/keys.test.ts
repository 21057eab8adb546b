import { describe, expect, it } from "vitest";
import { hashApiSecret, newApiKey, parseApiKey, secretMatches } from "@/lib/api/keys";

describe("API keys", () => {
  it("are shown whole once, and stored as a prefix and a hash that does not contain the secret", () => {
    const { key, prefix, secretHash } = newApiKey();
    const parsed = parseApiKey(key);
    expect(parsed?.prefix).toBe(prefix);
    expect(secretHash).toBe(hashApiSecret(parsed!.secret));
    expect(secretHash).not.toContain(parsed!.secret);
    expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
  });

  it("differ every time", () => {
    const keys = new Set(Array.from({ length: 50 }, () => newApiKey().key));
    expect(keys.size).toBe(50);
  });

  it("match only their own secret", () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(secretMatches(parseApiKey(b.key)!.secret, a.secretHash)).toBe(false);
    expect(secretMatches("short", a.secretHash)).toBe(false);
  });

  it.each(["", "hrk_", "hrk_0123456789_short", `hrk_0123456789_${"a".repeat(44)}`, `sk_0123456789_${"a".repeat(43)}`, "x".repeat(10_000)])(
    "refuse what is not shaped like a key: %#",
    (text) => {
      expect(parseApiKey(text)).toBeNull();
    },
  );
});
