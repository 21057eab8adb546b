import type { Metadata } from "next";
import { ClosedNotice } from "@/components/exit-interview/closed-notice";
import { InterviewScreen } from "@/components/exit-interview/interview-screen";
import { getDb } from "@/lib/db/client";
import { openByToken } from "@/lib/exit/interview/employee-side";
import { uiText } from "@/lib/exit/interview/ui-text";
import { viewOf } from "@/lib/exit/interview/view";

export const metadata: Metadata = { title: "Exit interview", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A departing employee's exit interview: no account, the link is the key. A closed link gets a clear page. */
export default async function ExitInterviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openByToken(await getDb(), token);
  if (!opened.ok) {
    const language = opened.language ?? "en";
    const closed = uiText[language].closed[opened.reason];
    return <ClosedNotice language={language} title={closed.title} body={closed.body} />;
  }
  return <InterviewScreen token={token} initial={viewOf(opened.interview)} />;
}
