import type { JobDoubt } from "@/lib/cv/job-doubts";

/** Why the parser may have misread a job, shown at the top of the job. */
export function JobDoubtsNote({ doubts }: { doubts: JobDoubt[] }) {
  if (!doubts.length) return null;
  return (
    <div className="mb-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-medium">Check this job:</p>
      <ul className="list-disc pl-5">
        {doubts.map((d) => (
          <li key={d.reason}>{d.reason}</li>
        ))}
      </ul>
    </div>
  );
}
