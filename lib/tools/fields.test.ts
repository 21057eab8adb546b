import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldLimits } from "@/lib/security/text-limits";
import { lines, text } from "@/lib/tools/fields";
import { getTool, toolSlugs } from "@/lib/tools/registry";

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("tool form fields", () => {
  it("bound every text field of every tool", () => {
    for (const slug of toolSlugs) {
      for (const [name, field] of Object.entries(getTool(slug).schema.shape)) {
        if (!(field instanceof z.ZodString)) continue;
        expect(field.maxLength, `${slug}.${name}`).not.toBeNull();
        expect(field.maxLength!, `${slug}.${name}`).toBeLessThanOrEqual(fieldLimits.longText);
      }
    }
  });

  it("say the limit and the length when a field is too long", () => {
    expect(firstMessage(text(fieldLimits.name), "x".repeat(121))).toBe("This field can be at most 120 characters; this one has 121. Shorten it.");
    expect(firstMessage(text(fieldLimits.name), ` ${"x".repeat(120)} `)).toBeNull();
  });

  it("say how many items a list may have", () => {
    const items = (count: number) => Array.from({ length: count }, (_, i) => `Item ${i}`).join("\n");
    expect(firstMessage(lines(fieldLimits.longText), items(fieldLimits.listItems))).toBeNull();
    expect(firstMessage(lines(fieldLimits.longText), items(fieldLimits.listItems + 1))).toBe(
      `List at most ${fieldLimits.listItems} items, one per line; this list has ${fieldLimits.listItems + 1}.`,
    );
  });
});
