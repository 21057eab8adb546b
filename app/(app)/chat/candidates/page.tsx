import type { Metadata } from "next";
import Link from "next/link";
import { CandidateCvDelete } from "@/components/chat/candidate-cv-delete";
import { CandidateCvUpload } from "@/components/chat/candidate-cv-upload";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { lowConfidence } from "@/lib/cv/profile";
import { getDb } from "@/lib/db/client";
import { listCandidateCvsByOrgId } from "@/lib/db/queries/candidate-cvs";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Candidate CVs" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });

export default async function CandidateCvsPage() {
  const user = await getCurrentUser();
  if (!user || user.role === "CANDIDATE" || !user.organizationId) {
    return (
      <>
        <PageHeader title="Candidate CVs" />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">
          Candidate CVs are for an organisation&apos;s HR and admins. To ask about your own CV, open the Job Copilot.
        </p>
      </>
    );
  }
  const cvs = await listCandidateCvsByOrgId(await getDb(), { orgId: user.organizationId });
  return (
    <>
      <PageHeader
        title="Candidate CVs"
        description="Upload a candidate's CV to ask questions about it. Answers quote the CV's own lines. Everyone in your organisation's HR and its admins see these CVs; nobody else does."
      />
      <section aria-labelledby="upload" className="mb-8">
        <h2 id="upload" className="sr-only">
          Upload a candidate&apos;s CV
        </h2>
        <CandidateCvUpload maxMb={getEnv().UPLOAD_MAX_MB} />
      </section>
      <section aria-labelledby="candidates">
        <h2 id="candidates" className="mb-3 text-lg font-semibold">
          Your organisation&apos;s candidates ({cvs.length})
        </h2>
        {cvs.length ? (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {cvs.map((cv) => (
              <li key={cv.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <span className="min-w-0">
                  <span className="block truncate font-medium">{cv.name}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    Uploaded by {cv.uploadedBy} · {day.format(cv.createdAt)} · read with {percent.format(cv.confidence)} confidence
                    {cv.confidence < lowConfidence ? " (check the answers against the CV)" : ""}
                  </span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <Link href={`/chat/new?cv=${cv.id}`} className={buttonClass("secondary")}>
                    Ask about this CV<span className="sr-only"> ({cv.name})</span>
                  </Link>
                  <CandidateCvDelete id={cv.id} name={cv.name} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">None yet. Uploaded CVs appear here.</p>
        )}
      </section>
    </>
  );
}
