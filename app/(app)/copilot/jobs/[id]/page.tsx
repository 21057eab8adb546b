import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteJob } from "@/app/(app)/copilot/jobs/actions";
import { FitRanking } from "@/components/copilot/fit-ranking";
import { JobAnalysisCard } from "@/components/copilot/job-analysis-card";
import { RefineJobWithAi } from "@/components/copilot/refine-job-with-ai";
import { getTaskModelChoices } from "@/lib/ai/runtime";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isId } from "@/lib/db/ids";
import { listCvProfilesByUserId } from "@/lib/db/queries/cvs";
import { getJobPostingForUser } from "@/lib/db/queries/jobs";
import { computeFit } from "@/lib/fit/fit";

export const metadata: Metadata = { title: "Job posting" };

export default async function JobPage({ params }: PageProps<"/copilot/jobs/[id]">) {
  const { id } = await params;
  const user = await getCurrentUser();
  const db = await getDb();
  const job = user && isId(id) ? await getJobPostingForUser(db, { id, userId: user.id }) : null;
  if (!user || !job) notFound();
  const cvs = await listCvProfilesByUserId(db, { userId: user.id });
  const models = await getTaskModelChoices();
  const rows = cvs.map((cv) => ({ cvId: cv.id, jobId: job.id, name: cv.name, href: `/copilot/cvs/${cv.id}`, fit: computeFit(cv.profile, job.analysis) }));
  return (
    <>
      <PageHeader
        title={job.title ?? "Job posting"}
        description={
          job.company
            ? `${job.company}. Read from the posting you saved; check it against the text below.`
            : "Read from the posting you saved; check it against the text below."
        }
        actions={
          <ConfirmDelete
            trigger="Delete this posting"
            groupLabel="Confirm deleting this posting"
            question="Delete this posting for good?"
            onConfirm={deleteJob.bind(null, { id: job.id })}
          />
        }
      />
      {models.length ? <RefineJobWithAi id={job.id} models={models} /> : null}
      <div className="mb-8">
        <JobAnalysisCard analysis={job.analysis} />
      </div>
      <section className="mb-8">
        {rows.length ? (
          <FitRanking rows={rows} caption="Your CVs for this job" />
        ) : (
          <p className="text-sm">
            Upload a CV on the{" "}
            <Link href="/copilot" className="underline">
              Job Copilot
            </Link>{" "}
            page to see how it fits.
          </p>
        )}
      </section>
      <details className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
        <summary className="cursor-pointer font-medium">The posting as saved</summary>
        <pre className="mt-3 whitespace-pre-wrap font-sans">{job.text}</pre>
      </details>
    </>
  );
}
