import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { apiDocument } from "@/lib/api/openapi";
import { apiScopes } from "@/lib/api/scopes";

describe("the OpenAPI document", () => {
  const document = apiDocument("http://app.test");

  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("names a scope and the error shape on every operation", () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      (["get", "post", "delete"] as const).flatMap((method) => (item?.[method] ? [item[method]] : [])),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const operation of operations) {
      const [requirement] = operation.security ?? [];
      expect(apiScopes).toContain(requirement?.apiKey?.[0]);
      expect(Object.keys(operation.responses ?? {})).toEqual(expect.arrayContaining(["401", "403", "429"]));
      expect(JSON.stringify(operation.responses?.["429"])).toContain("retry-after");
    }
  });

  it("describes each HR tool's input from the tool's own schema", () => {
    const body = document.components?.schemas?.CreateDocument as { oneOf?: { properties?: { tool?: { const?: string } } }[] } | undefined;
    const tools = body?.oneOf?.map((variant) => variant.properties?.tool?.const);
    expect(tools).toEqual(expect.arrayContaining(["job-description", "offer-letter", "interview-questions", "onboarding-plan", "performance-review"]));
  });
});
