import { describe, expect, it } from "vitest";
import { cronOf, nextRunAfter } from "@/lib/queue/schedule";

const at = { hourUtc: 3, minuteUtc: 15 };

describe("a daily schedule", () => {
  it("is the cron expression of that minute and hour, every day", () => {
    expect(cronOf(at)).toBe("15 3 * * *");
  });

  it("fires later the same day when the time is still ahead", () => {
    expect(nextRunAfter(at, new Date("2026-03-10T01:00:00Z"))).toEqual(new Date("2026-03-10T03:15:00Z"));
  });

  it("fires the next day once the time has come or passed", () => {
    expect(nextRunAfter(at, new Date("2026-03-10T03:15:00Z"))).toEqual(new Date("2026-03-11T03:15:00Z"));
    expect(nextRunAfter(at, new Date("2026-12-31T23:59:00Z"))).toEqual(new Date("2027-01-01T03:15:00Z"));
  });
});
