"use client";

import { useCallback } from "react";
import { useDictation } from "@/components/chat/use-speech";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { questionLimit } from "@/lib/chat/question-limit";

/** The question box: Enter sends, Shift+Enter breaks the line; Stop while an answer is written; dictation where the browser has it. */
export function Composer({
  draft,
  setDraft,
  editing,
  busy,
  onSend,
  onStop,
  onCancelEdit,
}: {
  draft: string;
  setDraft: (text: string) => void;
  editing: boolean;
  busy: boolean;
  onSend: () => void;
  onStop: () => void;
  onCancelEdit: () => void;
}) {
  const append = useCallback((text: string) => setDraft(draft ? `${draft} ${text}` : text), [draft, setDraft]);
  const dictation = useDictation(append);
  return (
    <form
      method="post"
      className="mt-4 flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && draft.trim()) onSend();
      }}
    >
      <label htmlFor="question" className="text-sm font-medium">
        {editing ? "Edit your last question" : "Your question"}
      </label>
      <textarea
        id="question"
        rows={2}
        maxLength={questionLimit}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
        placeholder="e.g. Where was this person working in 2019?"
        className={controlClass}
      />
      <div className="flex flex-wrap items-center gap-2">
        {busy ? (
          <Button variant="secondary" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={!draft.trim()}>
            {editing ? "Ask again" : "Ask"}
          </Button>
        )}
        {editing ? (
          <Button variant="ghost" onClick={onCancelEdit}>
            Cancel edit
          </Button>
        ) : null}
        {dictation.supported ? (
          <Button variant="ghost" aria-pressed={dictation.listening} onClick={dictation.listening ? dictation.stop : dictation.start}>
            {dictation.listening ? "Listening… stop" : "Dictate"}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
