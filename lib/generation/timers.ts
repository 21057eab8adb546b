/**
 * The two clocks of a generation, apart from the spine so tests can drive them by hand instead of
 * waiting on real time.
 */
export type GenerationTimers = {
  /** Runs `flush` once, after the coalescing delay. Returns a function that cancels it. */
  scheduleFlush: (flush: () => void) => () => void;
  /** Runs `save` repeatedly while the model writes; `heartbeat` asks for a save even with no new text. Returns a function that stops it. */
  everyProgressSave: (save: (heartbeat: boolean) => Promise<void>) => () => void;
};

// Deltas are sent to the browser at most every 25 ms: per-token writes cost CPU on every layer
// between here and the socket, and nobody reads faster than this.
const FLUSH_INTERVAL_MS = 25;
// Partial text reaches the database this often: a crash keeps it, a Stop made through another app
// instance is noticed, and a reader following the document from another tab or instance sees it.
// Documents are long, so this is slower than a chat answer's.
export const PROGRESS_INTERVAL_MS = 500;
// A silent model (thinking, or stalled) still marks the row as alive this often, so it is not taken
// for one abandoned by a crashed instance.
const HEARTBEAT_EVERY = 20;

export const realTimers: GenerationTimers = {
  scheduleFlush(flush) {
    const timer = setTimeout(flush, FLUSH_INTERVAL_MS);
    return () => clearTimeout(timer);
  },
  everyProgressSave(save) {
    let ticks = 0;
    let saving = false;
    const timer = setInterval(() => {
      if (saving) return; // a slow database: skip a tick rather than pile up writes
      saving = true;
      void save(++ticks % HEARTBEAT_EVERY === 0).finally(() => (saving = false));
    }, PROGRESS_INTERVAL_MS);
    // A pending save must not keep the process alive on shutdown.
    timer.unref?.();
    return () => clearInterval(timer);
  },
};
