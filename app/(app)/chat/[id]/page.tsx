import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChatView } from "@/components/chat/chat-view";
import { ConversationActions } from "@/components/chat/conversation-actions";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { numberedCvLines } from "@/lib/chat/cv-lines";
import { suggestQuestions } from "@/lib/chat/offline/answer";
import { openOwnConversation } from "@/lib/chat/own-conversation";
import { endsLive, toUiMessages } from "@/lib/chat/to-ui-messages";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { ownAnswerRatings } from "@/lib/feedback/queries";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const opened = await openOwnConversation(await getDb(), user, id.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found:chat") return null;
    throw error;
  });
  if (!opened) notFound();
  const { conversation, cv, job } = opened;
  const ratings = await ownAnswerRatings(await getDb(), { userId: user.id, conversationId: conversation.id });
  return (
    <>
      <PageHeader
        title={conversation.title}
        description={
          <>
            About <strong>{cv.name}</strong>
            {job ? <> · beside the job {job.title ?? "posting"}</> : null} ·{" "}
            <Link href="/chat" className="underline">
              All conversations
            </Link>
          </>
        }
        actions={<ConversationActions id={conversation.id} title={conversation.title} />}
      />
      <ChatView
        conversationId={conversation.id}
        api={`/api/chat/${conversation.id}`}
        initialMessages={toUiMessages(conversation.messages)}
        resume={endsLive(conversation.messages)}
        lines={numberedCvLines(cv.text)}
        suggestions={suggestQuestions(cv.profile, job)}
        ratings={Object.fromEntries(ratings)}
      />
    </>
  );
}
