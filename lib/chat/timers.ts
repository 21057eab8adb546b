/**
 * The clocks of an answer, apart from the writer so tests can drive them by hand. Chat answers are
 * saved far more often than documents: a reader on another tab or instance follows the saved text,
 * so the save interval is the delay it sees.
 */
export type ChatTimers = {
  /** Runs `flush` once, after the coalescing delay. Returns a function that cancels it. */
  scheduleFlush: (flush: () => void) => () => void;
  /** Runs `save` repeatedly while the answer is written; `heartbeat` asks for a save even with no new text. */
  everyProgressSave: (save: (heartbeat: boolean) => Promise<void>) => () => void;
};

// Deltas reach the browser at most every 25 ms; nobody reads faster, and each write costs CPU.
const FLUSH_INTERVAL_MS = 25;
// New text reaches the database this often, for readers that follow it from elsewhere.
export const PROGRESS_INTERVAL_MS = 250;
// A silent model (thinking, or stalled) still marks the row as alive this often, so it is not taken
// for one abandoned by a crashed instance.
const HEARTBEAT_EVERY = 40;

export const chatTimers: ChatTimers = {
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
    timer.unref?.();
    return () => clearInterval(timer);
  },
};
