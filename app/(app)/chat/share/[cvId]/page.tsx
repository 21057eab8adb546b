import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AskLinkControls } from "@/components/chat/ask-link-controls";
import { VisitorQuestions } from "@/components/chat/visitor-questions";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { shareTokenFor } from "@/lib/chat/share-token";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { getCvForUser } from "@/lib/db/queries/cvs";
import { getShareLink, listVisitorQuestions } from "@/lib/db/queries/share-links";

export const metadata: Metadata = { title: "Ask my CV link" };

export default async function AskLinkPage({ params }: { params: Promise<{ cvId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const cvId = idSchema.safeParse((await params).cvId);
  if (!cvId.success) notFound();
  const db = await getDb();
  const cv = await getCvForUser(db, { id: cvId.data, userId: user.id });
  if (!cv) notFound();
  const [link, questions] = await Promise.all([getShareLink(db, { cvId: cv.id, userId: user.id }), listVisitorQuestions(db, { cvId: cv.id, userId: user.id })]);
  const host = (await headers()).get("host") ?? "localhost:3000";
  const url = link ? `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}/ask/${shareTokenFor(link)}` : null;
  return (
    <>
      <PageHeader
        title={`“Ask my CV” for ${cv.name}`}
        description="Publish a link where recruiters ask questions about this CV, answered only from it. You see every question asked. Turn it off or replace the link at any time."
      />
      <AskLinkControls cvId={cv.id} enabled={link?.enabled ?? false} url={link?.enabled ? url : null} />
      <VisitorQuestions questions={questions} />
    </>
  );
}
