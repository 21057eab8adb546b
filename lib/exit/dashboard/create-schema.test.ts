import { describe, expect, it } from "vitest";
import { createExitInterviewSchema, exitSettingsSchema, linkLifetimeDays } from "@/lib/exit/dashboard/create-schema";
import { thresholdBounds } from "@/lib/exit/dashboard/anonymity";

const valid = {
  employeeName: "Robin Vale",
  employeeEmail: "Robin@Example.test",
  department: "Sales",
  role: "Account executive",
  manager: "Morgan Lead",
  startDate: "2022-01-10",
  lastDay: "2026-11-30",
  reason: "voluntary",
  regrettable: true,
  language: "es",
  mode: "CONFIDENTIAL",
  linkDays: 14,
} as const;

describe("createExitInterviewSchema", () => {
  it("accepts a complete form and turns dates into UTC days", () => {
    const parsed = createExitInterviewSchema.parse(valid);
    expect(parsed.lastDay?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(parsed.employeeEmail).toBe("robin@example.test");
    expect(parsed.regrettable).toBe(true);
  });

  it("never counts an involuntary exit as regrettable", () => {
    expect(createExitInterviewSchema.parse({ ...valid, reason: "involuntary", regrettable: true }).regrettable).toBe(false);
  });

  it("bounds the link's lifetime", () => {
    expect(createExitInterviewSchema.safeParse({ ...valid, linkDays: linkLifetimeDays.max + 1 }).success).toBe(false);
    expect(createExitInterviewSchema.safeParse({ ...valid, linkDays: linkLifetimeDays.min - 1 }).success).toBe(false);
  });

  it("refuses a last day before the start, an unknown language, and empty names", () => {
    const issues = (input: object) => createExitInterviewSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(issues({ ...valid, startDate: "2026-12-01", lastDay: "2026-11-30" })).toContain("lastDay");
    expect(issues({ ...valid, language: "it" })).toContain("language");
    expect(issues({ ...valid, employeeName: "  " })).toContain("employeeName");
    expect(issues({ ...valid, startDate: "2026-02-31x" })).toContain("startDate");
  });
});

describe("exitSettingsSchema", () => {
  it("keeps thresholds within their bounds", () => {
    const settings = { exitMinGroupSize: 5, exitMinCommentGroupSize: 7, exitRetentionDays: 365 };
    expect(exitSettingsSchema.parse(settings)).toEqual(settings);
    expect(exitSettingsSchema.safeParse({ ...settings, exitMinGroupSize: thresholdBounds.min - 1 }).success).toBe(false);
    expect(exitSettingsSchema.safeParse({ ...settings, exitMinCommentGroupSize: thresholdBounds.max + 1 }).success).toBe(false);
    expect(exitSettingsSchema.safeParse({ ...settings, exitRetentionDays: 0 }).success).toBe(false);
    expect(exitSettingsSchema.safeParse({ ...settings, exitMinGroupSize: 4.5 }).error?.issues[0]?.message).toBe(
      `Choose a whole number from ${thresholdBounds.min} to ${thresholdBounds.max}.`,
    );
  });

  it("never lets quotes have the lower threshold", () => {
    const result = exitSettingsSchema.safeParse({ exitMinGroupSize: 6, exitMinCommentGroupSize: 5, exitRetentionDays: 365 });
    expect(result.error?.issues[0]).toMatchObject({ path: ["exitMinCommentGroupSize"], message: expect.stringMatching(/at least as many people as numbers/) });
    expect(exitSettingsSchema.safeParse({ exitMinGroupSize: 6, exitMinCommentGroupSize: 6, exitRetentionDays: 365 }).success).toBe(true);
  });
});
