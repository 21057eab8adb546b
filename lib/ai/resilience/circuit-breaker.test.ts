import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "@/lib/ai/resilience/circuit-breaker";

function breakerWithClock() {
  let now = 1_000;
  const breaker = new CircuitBreaker(3, 10_000, () => now);
  return { breaker, advance: (ms: number) => (now += ms) };
}

describe("circuit breaker", () => {
  it("opens after consecutive failures and skips calls while open", () => {
    const { breaker } = breakerWithClock();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()).toBe(false);
  });

  it("a success resets the count", () => {
    const { breaker } = breakerWithClock();
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).toBe("closed");
  });

  it("lets one trial call through after the cooldown, and closes when it succeeds", () => {
    const { breaker, advance } = breakerWithClock();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    expect(breaker.state).toBe("half-open");
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordSuccess();
    expect(breaker.state).toBe("closed");
  });

  it("opens again at once when the trial call fails", () => {
    const { breaker, advance } = breakerWithClock();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    breaker.tryAcquire();
    breaker.recordFailure();
    expect(breaker.state).toBe("open");
  });
});
