"use client";

import { useState } from "react";
import { AnswerBody } from "@/components/chat/answer-body";
import { RatingControl, type SavedRating } from "@/components/feedback/rating-control";
import { Button } from "@/components/ui/button";
import { sentencesOf } from "@/lib/chat/citations";
import type { AnswerData } from "@/lib/chat/ui-message";

const endings: Partial<Record<AnswerData["status"], string>> = {
  CANCELLED: "Stopped. The answer so far is kept.",
  INTERRUPTED: "Interrupted: the server stopped while writing this answer. What it wrote is kept.",
  FAILED: "This answer could not be finished. What was written is kept.",
};

const kindLabels = { not_in_cv: "Not in the CV", refused: "Outside this chat" } as const;

/** One answer: its text with citations, what kind of answer it is, how it ended, and its actions. */
export function AnswerMessage({
  text,
  answer,
  writing,
  isLast,
  onCite,
  onRegenerate,
  readAloud,
  rating,
}: {
  text: string;
  answer: AnswerData | undefined;
  writing: boolean;
  isLast: boolean;
  onCite: (line: number) => void;
  onRegenerate: () => void;
  readAloud: ((text: string) => void) | null;
  /** Present when the reader may rate this answer: its id and their rating so far. */
  rating?: { id: string; initial: SavedRating | null };
}) {
  const [copied, setCopied] = useState(false);
  const plain = sentencesOf(text)
    .map((s) => s.text + (s.lines.length ? ` (CV line${s.lines.length > 1 ? "s" : ""} ${s.lines.join(", ")})` : ""))
    .join(" ");
  const ending = answer ? endings[answer.status] : undefined;
  const kind = answer?.kind && answer.kind !== "answer" ? kindLabels[answer.kind] : undefined;
  return (
    <article aria-label="Answer" aria-busy={writing} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      {kind ? <p className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">{kind}</p> : null}
      {text ? (
        <AnswerBody text={text} unchecked={answer?.checks.unchecked ?? []} onCite={onCite} />
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">Reading the CV…</p>
      )}
      {ending ? (
        <p role="status" className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {ending} {answer?.message}
        </p>
      ) : null}
      {!writing ? (
        <div className="mt-2 flex flex-wrap items-center gap-1 text-sm">
          <Button
            variant="ghost"
            onClick={() => {
              void navigator.clipboard.writeText(plain).then(() => setCopied(true));
            }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
          {readAloud ? (
            <Button variant="ghost" onClick={() => readAloud(plain)}>
              Read aloud
            </Button>
          ) : null}
          {isLast ? (
            <Button variant="ghost" onClick={onRegenerate}>
              {answer?.status === "INTERRUPTED" || answer?.status === "FAILED" ? "Continue: answer again" : "Regenerate"}
            </Button>
          ) : null}
          {answer?.model ? <span className="ml-auto text-xs text-zinc-600 dark:text-zinc-400">{answer.model}</span> : null}
        </div>
      ) : null}
      {!writing && answer && rating ? <RatingControl target="answer" id={rating.id} what="this answer" initial={rating.initial} /> : null}
    </article>
  );
}
