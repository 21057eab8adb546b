import { z } from "zod";
import { purgeParsedContentBefore } from "@/lib/db/queries/parsed-content";
import { defineJob, type QueueJob } from "@/lib/queue/job";

/** Stored parse results are a cache, not a record: each is kept this long, then parsed again if needed. */
export const PARSED_CONTENT_DAYS = 30;

export function parseJobs(): QueueJob[] {
  return [
    defineJob({
      name: "parsed-content-purge",
      data: z.object({}),
      retry: { limit: 3, delaySeconds: 300, backoff: true },
      timeoutSeconds: 10 * 60,
      daily: { hourUtc: 3, minuteUtc: 45 },
      run: async (_, { db }) => void (await purgeParsedContentBefore(db, new Date(Date.now() - PARSED_CONTENT_DAYS * 86_400_000))),
    }),
  ];
}
