import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

// Every zod schema exported from a schema module under lib/: any value either parses or fails with
// issues that each carry a message to show, and parsing never throws (a refine or transform that
// assumes a shape would).
const libDir = path.resolve(import.meta.dirname, "..");
const schemaFiles = fs
  .readdirSync(libDir, { recursive: true, encoding: "utf8" })
  .filter((file) => /^schemas?\.ts$/.test(path.basename(file)) && !file.startsWith("generated"))
  .map((file) => path.join(libDir, file));

const schemas: { name: string; schema: z.ZodType }[] = [];

beforeAll(async () => {
  for (const file of schemaFiles) {
    for (const [name, value] of Object.entries(await import(file))) {
      if (value instanceof z.ZodType) schemas.push({ name: `${path.relative(libDir, file)}#${name}`, schema: value });
    }
  }
});

const arbitraryInput = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.string({ maxLength: 20_000 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 500 }), fc.array(fc.string({ maxLength: 50 }), { maxLength: 300 }))),
);

describe("exported zod schemas given arbitrary values", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(10);
  });

  it("parse or explain every value, never throw", async () => {
    for (const { name, schema } of schemas) {
      await fc.assert(
        fc.asyncProperty(arbitraryInput, async (input) => {
          const parsed = await schema.safeParseAsync(input);
          if (parsed.success) return;
          expect(parsed.error.issues.length, name).toBeGreaterThan(0);
          for (const issue of parsed.error.issues) expect(issue.message, name).toMatch(/\w/);
        }),
        { numRuns: 100 },
      );
    }
  });
});
