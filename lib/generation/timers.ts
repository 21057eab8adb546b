/**
 * The two clocks of a generation, apart from the spine so tests can drive them by hand instead of
 * waiting on real time.
 */
export type GenerationTimers = {
  /** Runs `flush` once, after the coalescing delay. Returns a function that cancels it. */
  scheduleFlush: (flush: () => void) => () => void;
  /** Runs `save` repeatedly while the model writes. Returns a function that stops it. */
  everyProgressSave: (save: () => Promise<void>) => () => void;
};

// Deltas are sent to the browser at most every 25 ms: per-token writes cost CPU on every layer
// between here and the socket, and nobody reads faster than this.
const FLUSH_INTERVAL_MS = 25;
// Partial text reaches the database this often, so a crash keeps it, and a Stop made through another
// app instance is noticed.
const PROGRESS_INTERVAL_MS = 5_000;

export const realTimers: GenerationTimers = {
  scheduleFlush(flush) {
    const timer = setTimeout(flush, FLUSH_INTERVAL_MS);
    return () => clearTimeout(timer);
  },
  everyProgressSave(save) {
    const timer = setInterval(() => void save(), PROGRESS_INTERVAL_MS);
    // A pending save must not keep the process alive on shutdown.
    timer.unref?.();
    return () => clearInterval(timer);
  },
};
