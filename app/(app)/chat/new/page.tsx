import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StartConversationForm } from "@/components/chat/start-conversation-form";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getReadableCv } from "@/lib/cv/readable-cv";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { listJobPostingsByUserId } from "@/lib/db/queries/jobs";

export const metadata: Metadata = { title: "New conversation" };

export default async function NewConversationPage({ searchParams }: { searchParams: Promise<{ cv?: string | string[] }> }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const cvId = idSchema.safeParse([(await searchParams).cv].flat()[0]);
  const db = await getDb();
  const cv = cvId.success ? await getReadableCv(db, user, cvId.data) : null;
  if (!cv) notFound();
  // Only a job seeker's own CV is compared with their saved postings; a candidate's CV is read on its own.
  const jobs = cv.orgId ? [] : await listJobPostingsByUserId(db, { userId: user.id });
  return (
    <>
      <PageHeader title={`Ask about ${cv.name}`} description="Answers come only from this CV. Attach one of your saved jobs to ask how the CV meets it." />
      <StartConversationForm
        cvId={cv.id}
        jobs={jobs.map((j) => ({ id: j.id, label: [j.title, j.company].filter(Boolean).join(" · ") || "Untitled posting" }))}
      />
    </>
  );
}
