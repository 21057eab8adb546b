import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ChatView } from "@/components/chat/chat-view";
import { numberedCvLines } from "@/lib/chat/cv-lines";
import { suggestQuestions } from "@/lib/chat/offline/answer";
import { visitorCookie } from "@/lib/chat/share-token";
import { endsLive, toUiMessages } from "@/lib/chat/to-ui-messages";
import { closedLinkMessage, openLink, visitorConversation } from "@/lib/chat/visitor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Ask my CV", robots: { index: false, follow: false } };

/** The public "Ask my CV" page: anyone with the link asks questions answered only from that one CV. */
export default async function AskMyCvPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const shared = token.length <= 100 ? await openLink(db, token).catch((error: unknown) => (error instanceof AppError ? null : Promise.reject(error))) : null;
  if (!shared) {
    return (
      <main className="mx-auto max-w-xl p-8">
        <h1 className="mb-2 text-2xl font-semibold">This link is not active</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{closedLinkMessage}</p>
      </main>
    );
  }
  const secret = (await cookies()).get(visitorCookie)?.value;
  const conversation = secret ? await visitorConversation(db, { linkId: shared.linkId, secret }) : null;
  const messages = conversation?.messages ?? [];
  const name = shared.cv.profile.name?.value ?? shared.cv.name;
  return (
    <main className="mx-auto max-w-6xl p-4 sm:p-8">
      <h1 className="mb-1 text-2xl font-semibold">Ask about {name}&apos;s CV</h1>
      <p className="mb-6 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">Answers come only from this CV and cite the lines they use.</p>
      <ChatView
        conversationId={conversation?.id ?? `visitor-${shared.linkId}`}
        api={`/api/ask/${token}`}
        initialMessages={toUiMessages(messages)}
        resume={endsLive(messages)}
        lines={numberedCvLines(shared.cv.text)}
        suggestions={suggestQuestions(shared.cv.profile, null)}
        notice={
          <p role="note" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Your questions are shown to the owner of this CV. Do not share anything you would not want them to read.
          </p>
        }
      />
    </main>
  );
}
