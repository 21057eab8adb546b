type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits between tries of a final save: about 31 s in all, long enough for a database restart or failover. */
export const finalSaveBackoffMs = [500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000];

/**
 * Runs a save until it succeeds, waiting longer after each failure, and gives up after the last wait
 * by throwing the last error. The text to save stays in the caller's memory all along.
 */
export async function saveWithRetry<T>(save: () => Promise<T>, { backoffMs = finalSaveBackoffMs, sleep = realSleep } = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await save();
    } catch (error) {
      const wait = backoffMs[attempt];
      if (wait === undefined) throw error;
      await sleep(wait);
    }
  }
}
