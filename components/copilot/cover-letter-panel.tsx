"use client";

import { useState, useTransition } from "react";
import { writeCoverLetter, writeCoverLetterWithAi } from "@/app/(app)/copilot/applications/actions";
import { DocumentActions } from "@/components/documents/document-actions";
import { MarkdownView } from "@/components/documents/markdown-view";
import { ModelActionPicker, type ModelChoice } from "@/components/ai/model-action-picker";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** The letter's letterhead is the candidate's name and contact details. */
export function CoverLetterPanel({
  applicationId,
  letter,
  title,
  company,
  letterhead,
  words,
  models,
}: {
  applicationId: string;
  letter: string | null;
  title: string;
  company: string | null;
  letterhead: string;
  words: number;
  models: ModelChoice[];
}) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant={letter ? "secondary" : "primary"}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await writeCoverLetter({ id: applicationId });
              setMessage(result.ok ? undefined : result.message);
            })
          }
        >
          {pending ? "Writing…" : letter ? "Write it again from the current CV" : "Write the cover letter"}
        </Button>
        {models.length ? (
          <ModelActionPicker
            id="letter-model"
            label="or with"
            button="Write with AI"
            busy="Writing…"
            models={models}
            run={async (modelId) => {
              const result = await writeCoverLetterWithAi({ id: applicationId, modelId });
              if (!result.ok) return { text: result.message, tone: "error" };
              return {
                text: result.data.removed.length
                  ? `Written by AI. Taken out because your CV does not say so: ${result.data.removed.join(", ")}.`
                  : "Written by AI; every fact in it is in your CV.",
                tone: "success",
              };
            }}
          />
        ) : null}
        {letter ? (
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {words} words, addressed to {company ?? "the hiring team"}
          </span>
        ) : null}
      </div>
      <FormStatus message={message} />
      {letter ? (
        <>
          <DocumentActions text={letter} title={title} kicker="Cover letter" subtitle={letterhead} footer="" template="letter" />
          <article aria-label="Cover letter" className="rounded-lg border border-zinc-200 p-6 dark:border-zinc-800">
            <MarkdownView text={letter} />
          </article>
        </>
      ) : null}
    </div>
  );
}
