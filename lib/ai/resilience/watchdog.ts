/**
 * Fires once when nothing happened for `budgetMs`. One timer per quiet period rather than one per
 * token, because this runs for every token of every concurrent stream.
 */
export class Watchdog {
  private last = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  fired = false;

  constructor(
    private budgetMs: number,
    private readonly onFire: () => void,
  ) {
    this.arm(budgetMs);
  }

  private arm(ms: number) {
    this.timer = setTimeout(() => {
      const quiet = Date.now() - this.last;
      if (quiet >= this.budgetMs) {
        this.fired = true;
        this.onFire();
      } else this.arm(this.budgetMs - quiet);
    }, ms);
    this.timer.unref?.();
  }

  /** Something arrived; optionally switch to a new budget (e.g. from first-token to idle timeout). */
  touch(newBudgetMs?: number) {
    this.last = Date.now();
    if (newBudgetMs !== undefined) this.budgetMs = newBudgetMs;
  }

  stop() {
    clearTimeout(this.timer);
  }
}
