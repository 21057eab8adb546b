import type { Metadata } from "next";
import Link from "next/link";
import { statusLabels, type Status } from "@/components/copilot/status-labels";
import { StatusSelect } from "@/components/copilot/status-select";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listApplicationsByUserId } from "@/lib/db/queries/applications";

export const metadata: Metadata = { title: "Applications" };

/** Every application on a board, one column per status. */
export default async function ApplicationsPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  const applications = await listApplicationsByUserId(await getDb(), { userId: user.id });
  return (
    <>
      <PageHeader
        title="Applications"
        description="Each one ties a CV, a job, its fit, the tailored CV and the cover letter together. Move them along as they progress."
      />
      {applications.length === 0 ? (
        <p className="text-sm">
          None yet. Open a saved job on the{" "}
          <Link href="/copilot" className="underline">
            Job Copilot
          </Link>{" "}
          page and choose “Tailor” for one of your CVs.
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3 xl:grid-cols-5">
        {(Object.keys(statusLabels) as Status[]).map((status) => {
          const column = applications.filter((a) => a.status === status);
          return (
            <section key={status} aria-label={`${statusLabels[status]} (${column.length})`} className="rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900">
              <h2 className="mb-2 text-sm font-semibold">
                {statusLabels[status]} <span className="font-normal text-zinc-600 dark:text-zinc-400">{column.length}</span>
              </h2>
              <ul className="flex flex-col gap-2">
                {column.map((a) => {
                  const name = [a.job.title ?? "Job", a.job.company].filter(Boolean).join(" at ");
                  return (
                    <li key={a.id} className="rounded-md border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-950">
                      <Link href={`/copilot/applications/${a.id}`} className="font-medium underline-offset-2 hover:underline">
                        {name}
                      </Link>
                      <p className="text-xs text-zinc-600 dark:text-zinc-400">
                        {a.cv.name} · fit {a.score ?? "—"}
                      </p>
                      <div className="mt-2">
                        <StatusSelect id={a.id} status={a.status} label={`Status of ${name}`} />
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
