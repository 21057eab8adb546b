"use client";

import { useState } from "react";
import { AnswerForm } from "@/components/exit-interview/answer-form";
import { ClosedNotice } from "@/components/exit-interview/closed-notice";
import { ConfirmStep } from "@/components/exit-interview/confirm-step";
import { ConsentScreen } from "@/components/exit-interview/consent-screen";
import { Conversation } from "@/components/exit-interview/conversation";
import { clearDrafts, draftKeyFor } from "@/components/exit-interview/drafts";
import { Button } from "@/components/ui/button";
import { fill, uiText } from "@/lib/exit/interview/ui-text";
import type { InterviewResponse, InterviewView } from "@/lib/exit/interview/view";
import { routeErrorMessage } from "@/lib/observability/reference";

type Confirming = "finish" | "withdraw" | null;
const currentId = "exit-current-question";

/**
 * The employee's side of the interview. Every step is sent to the server, which keeps the state, and
 * the page shows what the server answers: a reload, a lost connection or a restarted server resume
 * exactly where the interview stands.
 */
export function InterviewScreen({ token, initial }: { token: string; initial: InterviewView }) {
  const [view, setView] = useState<InterviewResponse>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const text = uiText[view.language];

  async function post(step: string, body: object = {}): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/exit/${encodeURIComponent(token)}/${step}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      // The link stopped working meanwhile (expired, withdrawn): the page says why.
      if (response.status === 404) {
        window.location.reload();
        return false;
      }
      const data = (await response.json().catch(() => null)) as (InterviewResponse & { error?: { message?: string } }) | null;
      if (!response.ok || !data || data.error) {
        setError(routeErrorMessage(data, text.sendFailed));
        return false;
      }
      if (data.phase === "done" || data.phase === "withdrawn") clearDrafts(initial.id);
      setView(data);
      setConfirming(data.phase === "interview" && data.offerWithdraw ? "withdraw" : null);
      return true;
    } catch {
      setError(text.sendFailed);
      return false;
    } finally {
      setBusy(false);
    }
  }

  if (view.phase === "done") return <ClosedNotice language={view.language} title={text.doneTitle} body={text.doneBody} />;
  if (view.phase === "withdrawn") return <ClosedNotice language={view.language} title={text.withdrawnTitle} body={text.withdrawnBody} />;

  const current = view.current;
  return (
    <main lang={view.language} className="mx-auto flex max-w-2xl flex-col gap-6 p-4 sm:p-8">
      <h1 className="text-2xl font-semibold">{text.title}</h1>
      {view.phase === "consent" ? (
        <ConsentScreen view={view} text={text} busy={busy} onConsent={() => void post("consent")} />
      ) : (
        <>
          <Conversation
            view={view}
            text={text}
            currentId={currentId}
            currentLabel={current ? fill(text.questionOf, { n: current.number, total: current.total }) : ""}
          />
          {confirming === "withdraw" ? (
            <ConfirmStep
              question={view.offerWithdraw ? `${text.offerWithdraw} ${text.withdrawConfirm}` : text.withdrawConfirm}
              confirmLabel={text.withdrawYes}
              cancelLabel={text.keepGoing}
              danger
              busy={busy}
              onConfirm={() => void post("withdraw")}
              onCancel={() => setConfirming(null)}
            />
          ) : confirming === "finish" ? (
            <ConfirmStep
              question={text.finishConfirm}
              confirmLabel={text.finishYes}
              cancelLabel={text.keepGoing}
              busy={busy}
              onConfirm={() => void post("finish")}
              onCancel={() => setConfirming(null)}
            />
          ) : current ? (
            <AnswerForm
              draftKey={draftKeyFor(view.id, view.turn)}
              questionId={currentId}
              text={text}
              busy={busy}
              onSend={(answer, secondsSpent) => post("answer", { turn: view.turn, text: answer, secondsSpent })}
              onSkip={(secondsSpent) => post("skip", { turn: view.turn, secondsSpent })}
            />
          ) : null}
          {confirming ? null : (
            <div className="flex flex-wrap gap-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
              <Button variant="secondary" disabled={busy} onClick={() => setConfirming("finish")}>
                {text.finish}
              </Button>
              <Button variant="ghost" disabled={busy} onClick={() => setConfirming("withdraw")}>
                {text.withdraw}
              </Button>
            </div>
          )}
        </>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </main>
  );
}
