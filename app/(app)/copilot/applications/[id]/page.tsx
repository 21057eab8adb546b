import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteApplication } from "@/app/(app)/copilot/applications/actions";
import { ChangeReview } from "@/components/copilot/change-review";
import { CoverLetterPanel } from "@/components/copilot/cover-letter-panel";
import { FitExplanation } from "@/components/copilot/fit-explanation";
import { ProfileProblemsNotice } from "@/components/copilot/profile-problems-notice";
import { StatusSelect } from "@/components/copilot/status-select";
import { SuggestionsList } from "@/components/copilot/suggestions-list";
import { TailorWithAi } from "@/components/copilot/tailor-with-ai";
import { TailoredCvPanel } from "@/components/copilot/tailored-cv-panel";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { PageHeader } from "@/components/ui/page-header";
import { getTaskModelChoices } from "@/lib/ai/runtime";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isId } from "@/lib/db/ids";
import { getApplicationForUser } from "@/lib/db/queries/applications";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { wordCount } from "@/lib/tailor/cover-letter";
import { suggestImprovements } from "@/lib/tailor/suggestions";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: PageProps<"/copilot/applications/[id]">) {
  const { id } = await params;
  const user = await getCurrentUser();
  const application = user && isId(id) ? await getApplicationForUser(await getDb(), { id, userId: user.id }) : null;
  if (!user || !application) notFound();
  const { profile } = application.cv;
  const { analysis } = application.job;
  const tailored = assembleTailoredCv(profile, application.tailoring);
  const markdown = tailoredCvMarkdown(tailored);
  const models = await getTaskModelChoices();
  const heading = [analysis.title ?? "Job", analysis.company].filter(Boolean).join(" at ");
  return (
    <>
      <PageHeader
        title={heading}
        description={
          <>
            With your CV{" "}
            <Link href={`/copilot/cvs/${application.cv.id}`} className="underline">
              {application.cv.name}
            </Link>
            . Everything below comes from that CV; nothing is added that it does not say.
          </>
        }
        actions={<StatusSelect id={application.id} status={application.status} label="Application status" />}
      />
      <div className="mb-8 grid gap-8 xl:grid-cols-2">
        <FitExplanation fit={application.fit} />
        <SuggestionsList suggestions={suggestImprovements(profile, application.fit, analysis)} />
      </div>
      <ProfileProblemsNotice cvId={application.cv.id} profile={profile} />
      <section aria-labelledby="tailoring" className="mb-8 flex flex-col gap-4">
        <h2 id="tailoring" className="text-lg font-semibold">
          Tailored CV
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {application.tailoring.method === "offline"
            ? "Proposed by the built-in engine, which reorders and selects your CV's own lines."
            : `Reworded by ${application.tailoring.method}; every reworded line was checked against your CV.`}{" "}
          No job is left out; older ones may be shortened.
        </p>
        {models.length ? <TailorWithAi id={application.id} models={models} /> : null}
        {application.tailoring.flagged.length ? (
          <div role="note" aria-label="Claims taken out" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
            <p className="font-medium">Taken out because your CV does not say so ({application.tailoring.flagged.length}):</p>
            <ul className="list-disc pl-5">
              {application.tailoring.flagged.map((f, i) => (
                <li key={i}>
                  {f.claim} — in “{f.sentence}” ({f.where})
                </li>
              ))}
            </ul>
            <p className="mt-1">
              If any of these is true, add it to{" "}
              <Link href={`/copilot/cvs/${application.cv.id}`} className="underline">
                your profile
              </Link>{" "}
              first: the profile is the only source for your applications.
            </p>
          </div>
        ) : null}
        <ChangeReview applicationId={application.id} changes={application.tailoring.changes} rejected={application.tailoring.rejected} />
        <TailoredCvPanel applicationId={application.id} markdown={markdown} title={`${tailored.name ?? "CV"} – ${heading}`} />
      </section>
      <section aria-labelledby="cover-letter" className="mb-8 flex flex-col gap-3">
        <h2 id="cover-letter" className="text-lg font-semibold">
          Cover letter
        </h2>
        <CoverLetterPanel
          applicationId={application.id}
          letter={application.coverLetter}
          title={`Cover letter – ${heading}`}
          company={analysis.company}
          letterhead={[tailored.name, ...tailored.contact.slice(0, 2)].filter(Boolean).join(" · ")}
          words={application.coverLetter ? wordCount(application.coverLetter) : 0}
          models={models}
        />
      </section>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link href="/copilot/applications" className="underline">
          All applications
        </Link>
        <ConfirmDelete
          trigger="Delete this application"
          groupLabel="Confirm deleting this application"
          question="Delete this application for good?"
          onConfirm={deleteApplication.bind(null, { id: application.id })}
        />
      </div>
    </>
  );
}
