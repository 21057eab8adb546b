import "server-only";
import { jobRunner } from "@/lib/queue/system";

/**
 * Queues the retention purge now rather than at its daily time (after an organisation shortens its
 * retention, say). It runs on a worker like the scheduled one, one at a time, and is audited the same way.
 */
export async function runRetentionPurgeNow(): Promise<void> {
  await (await jobRunner()).send("exit-retention", {});
}
