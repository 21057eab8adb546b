import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExitReportActions } from "@/components/exit-dashboard/exit-report-actions";
import { ExitReportView } from "@/components/exit-dashboard/exit-report-view";
import { HrOnly } from "@/components/exit-dashboard/hr-only";
import { LinkControls } from "@/components/exit-dashboard/link-controls";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getExitInterviewForOrg } from "@/lib/db/queries/exit-dashboard";
import { isId } from "@/lib/db/ids";
import { buildExitReport } from "@/lib/exit/dashboard/report";
import { isAnonymous } from "@/lib/exit/dashboard/select";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import type { InterviewSummary } from "@/lib/exit/analysis/summary-schema";

export const metadata: Metadata = { title: "Exit interview" };

/** A summary that does not read back through its schema is treated as not written, never shown half-checked. */
function summaryOf(raw: unknown, id: string): InterviewSummary | null {
  if (raw == null) return null;
  try {
    return storedSummary.read(raw, id);
  } catch {
    return null;
  }
}

export default async function ExitInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.role === "CANDIDATE" || !user.organizationId) return <HrOnly title="Exit interview" />;
  const { id } = await params;
  if (!isId(id)) notFound();
  const orgId = user.organizationId;
  const db = await getDb();
  const interview = await getExitInterviewForOrg(db, { orgId, id });
  if (!interview) notFound();
  // HR knows whom each invitation went to: once a confidential interview has begun, nothing of it is
  // shown on its own, however de-identified. Its answers count in the dashboard's totals and quotes.
  if (isAnonymous(interview)) {
    return (
      <>
        <PageHeader title="Confidential exit interview" />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">
          This interview is confidential. Its answers count in the dashboard&apos;s totals and quotes, when enough people are in them, and are never shown on
          their own.
        </p>
      </>
    );
  }
  const report = buildExitReport(interview, summaryOf(interview.summary, interview.id));
  const linkOpen = interview.status === "INVITED" || interview.status === "IN_PROGRESS";

  return (
    <>
      <PageHeader
        title={report.title}
        description={<Link href="/exit-interviews">Back to exit interviews</Link>}
        actions={<ExitReportActions report={report} organisation={interview.organization.name} />}
      />
      {linkOpen ? (
        <section aria-labelledby="link" className="mb-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h2 id="link" className="mb-2 text-lg font-semibold">
            The employee&apos;s link
          </h2>
          <p className="mb-3 text-sm">
            {interview.linkWithdrawnAt
              ? "The link was withdrawn."
              : interview.tokenExpiresAt <= new Date()
                ? "The link has expired."
                : `The link works until ${interview.tokenExpiresAt.toUTCString()}.`}
            {interview.emailedAt ? ` It was emailed on ${interview.emailedAt.toUTCString()}.` : ""}
          </p>
          <LinkControls id={interview.id} withdrawn={Boolean(interview.linkWithdrawnAt)} />
        </section>
      ) : null}
      <ExitReportView report={report} />
    </>
  );
}
