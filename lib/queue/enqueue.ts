import "server-only";
import { jobRunner } from "@/lib/queue/system";

/** Queues the summary of a completed interview (its row already says the summary is pending). */
export async function enqueueJob(name: "exit-summary", data: { interviewId: string }): Promise<void> {
  await (await jobRunner()).send(name, data);
}
