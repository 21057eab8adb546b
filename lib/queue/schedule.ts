// A daily schedule in UTC, written once and read by both runners: pg-boss as a cron expression, the
// in-process runner as the time of the next run.

export type DailyAt = { hourUtc: number; minuteUtc: number };

export function cronOf({ hourUtc, minuteUtc }: DailyAt): string {
  return `${minuteUtc} ${hourUtc} * * *`;
}

/** The first time strictly after `now` at which the daily schedule fires. */
export function nextRunAfter({ hourUtc, minuteUtc }: DailyAt, now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc, minuteUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
