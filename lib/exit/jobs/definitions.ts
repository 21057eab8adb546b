import { z } from "zod";
import type { ModelRoute } from "@/lib/ai/model-call";
import { purgeExpiredTranscripts } from "@/lib/exit/jobs/retention";
import { writeInterviewSummary } from "@/lib/exit/jobs/summary";
import { markSummaryFailed } from "@/lib/exit/jobs/summary-status";
import { defineJob, type QueueJob } from "@/lib/queue/job";

/** The exit-interview jobs; `route` is asked for the models at each run, so a changed setup applies at once. */
export function exitJobs({ route, onModelFailure }: { route: () => ModelRoute | null; onModelFailure?: (error: unknown) => void }): QueueJob[] {
  return [
    defineJob({
      name: "exit-summary",
      data: z.object({ interviewId: z.string().min(1).max(64) }),
      keyOf: ({ interviewId }) => interviewId,
      // A model that is down falls back to the offline summary inside the run: a retry is for the database.
      retry: { limit: 4, delaySeconds: 30, backoff: true },
      timeoutSeconds: 5 * 60,
      run: async ({ interviewId }, { db }) => void (await writeInterviewSummary(db, interviewId, { route: route(), onModelFailure })),
      gaveUp: ({ interviewId }, { db }) => markSummaryFailed(db, interviewId),
    }),
    defineJob({
      name: "exit-retention",
      data: z.object({}),
      retry: { limit: 3, delaySeconds: 300, backoff: true },
      timeoutSeconds: 30 * 60,
      daily: { hourUtc: 3, minuteUtc: 15 },
      run: async (_, { db }) => void (await purgeExpiredTranscripts(db, new Date())),
    }),
  ];
}
