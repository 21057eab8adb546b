import type { Metadata } from "next";
import Link from "next/link";
import { CvList } from "@/components/cv/cv-list";
import { CvUpload } from "@/components/cv/cv-upload";
import { PasteCvForm } from "@/components/cv/paste-cv-form";
import { JobIntake } from "@/components/copilot/job-intake";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listCvsByUserId } from "@/lib/db/queries/cvs";
import { listJobPostingsByUserId } from "@/lib/db/queries/jobs";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Job Copilot" };

export default async function CopilotPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = await getDb();
  const [cvs, jobs] = await Promise.all([listCvsByUserId(db, { userId: user.id }), listJobPostingsByUserId(db, { userId: user.id })]);
  return (
    <>
      <PageHeader
        title="Job Copilot"
        description="Upload your CV. We read it into a profile you check and correct; every value shows the line of your CV it came from, and nothing is made up. Then add job postings to see your fit and tailor your CV and cover letter."
        actions={
          <Link href="/copilot/applications" className={buttonClass("secondary")}>
            Applications board
          </Link>
        }
      />
      <section aria-labelledby="upload" className="mb-8">
        <h2 id="upload" className="sr-only">
          Upload a CV
        </h2>
        <CvUpload maxMb={getEnv().UPLOAD_MAX_MB} />
        <details className="mt-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium">No file, a scan, or a protected PDF? Paste the text instead</summary>
          <div className="mt-4">
            <PasteCvForm />
          </div>
        </details>
      </section>
      <section aria-labelledby="your-cvs">
        <h2 id="your-cvs" className="mb-3 text-lg font-semibold">
          Your CVs
        </h2>
        {cvs.length ? <CvList cvs={cvs} /> : <p className="text-sm text-zinc-600 dark:text-zinc-400">None yet. Your first upload appears here.</p>}
      </section>
      <section aria-labelledby="jobs" className="mt-8 flex flex-col gap-4">
        <h2 id="jobs" className="text-lg font-semibold">
          Job postings
        </h2>
        <JobIntake maxMb={getEnv().UPLOAD_MAX_MB} />
        {jobs.length ? (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {jobs.map((job) => (
              <li key={job.id} className="p-4">
                <Link href={`/copilot/jobs/${job.id}`} className="font-medium underline-offset-2 hover:underline">
                  {job.title ?? "Untitled posting"}
                </Link>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {[job.company, job.analysis.location, `${job.analysis.requiredSkills.length} required skills`].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No postings yet.</p>
        )}
      </section>
    </>
  );
}
