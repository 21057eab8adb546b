import "server-only";
import { jobRunner } from "@/lib/queue/system";

/** Starts this process's job workers and daily schedules; later calls (and module reloads) reuse them. */
export async function startJobs(): Promise<void> {
  await jobRunner();
}
