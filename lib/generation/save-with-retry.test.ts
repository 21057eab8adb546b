import { describe, expect, it } from "vitest";
import { saveWithRetry } from "@/lib/generation/save-with-retry";

function failing(times: number) {
  let calls = 0;
  return {
    save: async () => {
      calls++;
      if (calls <= times) throw new Error(`refused ${calls}`);
      return "saved";
    },
    calls: () => calls,
  };
}

describe("saveWithRetry", () => {
  it("tries again after each failure, waiting longer each time, until the save goes through", async () => {
    const waits: number[] = [];
    const db = failing(2);
    expect(await saveWithRetry(db.save, { backoffMs: [10, 20, 40], sleep: async (ms) => void waits.push(ms) })).toBe("saved");
    expect(db.calls()).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it("gives up after the last wait with the last error", async () => {
    const waits: number[] = [];
    const db = failing(10);
    await expect(saveWithRetry(db.save, { backoffMs: [10, 20], sleep: async (ms) => void waits.push(ms) })).rejects.toThrow("refused 3");
    expect(db.calls()).toBe(3);
    expect(waits).toEqual([10, 20]);
  });
});
