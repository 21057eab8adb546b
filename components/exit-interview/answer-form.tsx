"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { interviewBudget } from "@/lib/exit/interview/flow";
import type { UiText } from "@/lib/exit/interview/ui-text";

/**
 * The answer box for one question. What is typed is kept in the browser until it is sent (see
 * drafts.ts), and the key names the interview and the turn, so a draft never appears under another
 * question. Focus moves here each time a new question arrives.
 */
export function AnswerForm({
  draftKey,
  questionId,
  text,
  busy,
  onSend,
  onSkip,
}: {
  draftKey: string;
  questionId: string;
  text: UiText;
  busy: boolean;
  onSend: (answer: string, secondsSpent: number) => Promise<boolean>;
  onSkip: (secondsSpent: number) => Promise<boolean>;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  const shownAt = useRef(0);

  useEffect(() => {
    shownAt.current = Date.now();
    if (!box.current) return;
    box.current.value = localStorage.getItem(draftKey) ?? "";
    box.current.focus();
  }, [draftKey]);

  const seconds = () => Math.min(86_400, Math.round((Date.now() - shownAt.current) / 1000));
  const keepDraft = (value: string) => (value ? localStorage.setItem(draftKey, value) : localStorage.removeItem(draftKey));

  async function send() {
    const answer = box.current?.value.trim() ?? "";
    if (!answer) return box.current?.focus();
    if (await onSend(answer, seconds())) localStorage.removeItem(draftKey);
  }

  async function skip() {
    if (await onSkip(seconds())) localStorage.removeItem(draftKey);
  }

  return (
    <form
      method="post"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label htmlFor="exit-answer" className="text-sm font-medium">
        {text.answerLabel}
      </label>
      <textarea
        id="exit-answer"
        ref={box}
        rows={4}
        maxLength={interviewBudget.maxAnswerChars}
        aria-describedby={`${questionId} exit-answer-help`}
        onInput={(event) => keepDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter sends, as in a chat; Shift+Enter starts a new line.
          if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void send();
          }
        }}
        className="w-full rounded-md border border-zinc-300 bg-white p-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
      <p id="exit-answer-help" className="text-xs text-zinc-600 dark:text-zinc-400">
        {text.answerHelp}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? text.sending : text.send}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void skip()}>
          {text.skip}
        </Button>
      </div>
    </form>
  );
}
