import { afterEach, describe, expect, it } from "vitest";
import { SHUTDOWN_GRACE_MS, stopOnShutdown } from "@/lib/queue/shutdown";

describe("stopping jobs at shutdown", () => {
  const added: [NodeJS.Signals, NodeJS.SignalsListener][] = [];
  afterEach(() => {
    for (const [signal, listener] of added.splice(0)) process.off(signal, listener);
  });

  /** Runs `fn`, remembering the listeners it adds so the test can remove them. */
  function tracking(fn: () => void) {
    const before = new Map((["SIGTERM", "SIGINT"] as const).map((s) => [s, new Set(process.listeners(s))]));
    fn();
    for (const [signal, seen] of before) for (const listener of process.listeners(signal)) if (!seen.has(listener)) added.push([signal, listener]);
  }

  it("stops the runner with the grace period when the server is told to stop", async () => {
    const grace: number[] = [];
    // Another listener stands for Next's own, which ends the process; without one the signal is raised again.
    const nextsOwn = () => undefined;
    process.on("SIGTERM", nextsOwn);
    added.push(["SIGTERM", nextsOwn]);
    tracking(() => stopOnShutdown({ send: async () => undefined, stop: async (ms) => void grace.push(ms) }));
    process.emit("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(grace).toEqual([SHUTDOWN_GRACE_MS]);
  });
});
