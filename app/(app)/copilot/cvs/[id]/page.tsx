import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddFromLines } from "@/components/cv/add-from-lines";
import { CvPreview } from "@/components/cv/cv-preview";
import { ProfileReviewForm } from "@/components/cv/profile-review-form";
import { ReadWithModel } from "@/components/cv/read-with-model";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getTaskModelChoices } from "@/lib/ai/runtime";
import { getCurrentUser } from "@/lib/auth/session";
import { sourcedFields } from "@/lib/cv/ingest";
import { jobDoubts, jobLabel } from "@/lib/cv/job-doubts";
import { lowConfidence, type Profile } from "@/lib/cv/profile";
import { getDb } from "@/lib/db/client";
import { isId } from "@/lib/db/ids";
import { getCvForUser } from "@/lib/db/queries/cvs";
import { listJobPostingsByUserId } from "@/lib/db/queries/jobs";
import { computeFit } from "@/lib/fit/fit";
import { FitRanking } from "@/components/copilot/fit-ranking";

export const metadata: Metadata = { title: "CV profile" };

const warningText: Record<string, string> = {
  hidden_text:
    "This PDF contains text too small to see (hidden text). It was left out of your profile. If you did not put it there, the file may have been tampered with.",
  few_fields: "Little could be read from this CV: no name, email or job was found. Check the profile below, or paste the text of your CV instead.",
};

/** The CV's lines with text, each marked when some value of the profile was read from it. */
function cvLines(text: string, profile: Profile) {
  const used = new Set(sourcedFields(profile).flatMap((f) => f.source.split("\n").map((line) => line.trim())));
  return text
    .split("\n")
    .map((line, index) => ({ index, text: line, inProfile: used.has(line.trim()) }))
    .filter((line) => line.text.trim());
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default async function CvPage({ params, searchParams }: PageProps<"/copilot/cvs/[id]">) {
  const { id } = await params;
  const { duplicate } = await searchParams;
  const user = await getCurrentUser();
  const db = await getDb();
  const cv = user && isId(id) ? await getCvForUser(db, { id, userId: user.id }) : null;
  if (!user || !cv) notFound();
  const doubtful = sourcedFields(cv.profile).filter((f) => f.confidence < lowConfidence).length;
  const doubtfulJobs = cv.profile.experience.filter((job) => jobDoubts(job).length).length;
  const toCheck = [doubtful ? plural(doubtful, "value") : "", doubtfulJobs ? plural(doubtfulJobs, "job") : ""].filter(Boolean).join(" and ");
  const isPdf = cv.mime === "application/pdf";
  const jobs = await listJobPostingsByUserId(db, { userId: user.id });
  const models = await getTaskModelChoices();
  return (
    <>
      <PageHeader
        title={cv.name}
        description={`Read by the ${cv.parseMethod === "offline" ? "built-in parser" : cv.parseMethod}. ${toCheck ? `${toCheck} to check (highlighted).` : "Check each value against your CV."} Every value shows the line it came from.`}
        actions={
          cv.fileName ? (
            <a href={`/api/cvs/${cv.id}/file`} className={buttonClass("secondary")}>
              Download the original
            </a>
          ) : undefined
        }
      />
      {duplicate ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm dark:bg-zinc-800">
          You had uploaded this file already; here it is, with any corrections you made.
        </p>
      ) : null}
      {cv.warnings.map((w) => (
        <p key={w} className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {warningText[w] ?? w}
        </p>
      ))}
      {models.length ? <ReadWithModel id={cv.id} models={models} /> : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,34rem)_minmax(0,1fr)]">
        <CvPreview id={cv.id} isPdf={isPdf} text={cv.text} />
        <div className="flex min-w-0 flex-col gap-6">
          <ProfileReviewForm id={cv.id} profile={cv.profile} />
          <AddFromLines id={cv.id} lines={cvLines(cv.text, cv.profile)} jobs={cv.profile.experience.map(jobLabel)} />
        </div>
      </div>
      {jobs.length ? (
        <section className="mt-8">
          <FitRanking
            caption="This CV against your saved jobs"
            rows={jobs.map((job) => ({
              cvId: cv.id,
              jobId: job.id,
              name: [job.title ?? "Untitled posting", job.company].filter(Boolean).join(" at "),
              href: `/copilot/jobs/${job.id}`,
              fit: computeFit(cv.profile, job.analysis),
            }))}
          />
        </section>
      ) : null}
      <p className="mt-6 text-sm">
        <Link href="/copilot" className="underline">
          Back to your CVs
        </Link>
      </p>
    </>
  );
}
