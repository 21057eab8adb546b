import { describe, expect, it } from "vitest";
import { achievementScore } from "@/lib/chat/offline/achievements";

describe("achievementScore", () => {
  it("needs a verb of result", () => {
    expect(achievementScore("Prepared breakfast service for 80 covers", true)).toBe(0);
    expect(achievementScore("Created seasonal menus", true)).toBeGreaterThan(0);
  });
  it("ranks a result with a figure above one without", () => {
    expect(achievementScore("Cut flour waste by 15%", true)).toBeGreaterThan(achievementScore("Launched a wholesale line", true));
    expect(achievementScore("Launched a wholesale line supplying 12 cafés", true)).toBeGreaterThan(achievementScore("Launched a wholesale line", true));
  });
  it("ranks a job's item above the same words elsewhere", () => {
    expect(achievementScore("Won a regional award", true)).toBeGreaterThan(achievementScore("Won a regional award", false));
  });
});
