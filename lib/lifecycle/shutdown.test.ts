import { describe, expect, it } from "vitest";
import { abortedByShutdown, assertAcceptingWork, drain, isShuttingDown, serverDrained, type InFlight } from "@/lib/lifecycle/shutdown";

/** A stream being written that ends when told to, or saves itself when aborted. */
function writer() {
  const controller = new AbortController();
  let end!: () => void;
  const finished = new Promise<void>((resolve) => (end = resolve));
  const saved: string[] = [];
  controller.signal.addEventListener("abort", () => {
    saved.push(abortedByShutdown(controller.signal) ? "INTERRUPTED" : "CANCELLED");
    end();
  });
  const item: InFlight = { controller, finished };
  return { item, end, saved };
}

/** A clock the test moves by hand: `sleep` resolves when `elapse` is called. */
function manualClock() {
  const sleepers: (() => void)[] = [];
  return { sleep: () => new Promise<void>((resolve) => sleepers.push(resolve)), elapse: () => sleepers.splice(0).forEach((wake) => wake()) };
}

// One process, one shutdown: the steps run in order and share its state.
describe("graceful shutdown", () => {
  it("accepts work until the shutdown starts", () => {
    expect(isShuttingDown()).toBe(false);
    expect(() => assertAcceptingWork("generation")).not.toThrow();
  });

  it("refuses new work at once, lets work finish within the grace, and interrupts what is left after it", async () => {
    const quick = writer();
    const slow = writer();
    const answer = writer();
    const clock = manualClock();
    const drained = drain(
      [
        new Map([
          ["a", quick.item],
          ["b", slow.item],
        ]).values(),
        [answer.item],
      ],
      { graceMs: 1_000, sleep: clock.sleep },
    );

    expect(isShuttingDown()).toBe(true);
    expect(() => assertAcceptingWork("generation")).toThrow(expect.objectContaining({ code: "unavailable:generation", status: 503 }));
    expect(() => assertAcceptingWork("chat")).toThrow(
      expect.objectContaining({ code: "unavailable:chat", message: expect.stringContaining("question is kept") }),
    );

    quick.end(); // finishes within the grace
    await Promise.resolve();
    expect(serverDrained.aborted).toBe(false);
    clock.elapse(); // the grace runs out
    expect(await drained).toEqual({ finished: 1, interrupted: 2 });
    expect(quick.saved).toEqual([]);
    expect(slow.saved).toEqual(["INTERRUPTED"]);
    expect(answer.saved).toEqual(["INTERRUPTED"]);
    // Readers following rows end now, so the HTTP server can close.
    expect(serverDrained.aborted).toBe(true);
  });

  it("tells a Stop from a shutdown", () => {
    const stopped = new AbortController();
    stopped.abort();
    expect(abortedByShutdown(stopped.signal)).toBe(false);
    expect(abortedByShutdown(new AbortController().signal)).toBe(false);
  });
});
