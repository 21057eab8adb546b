"use client";

import { Upload } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { routeErrorMessage } from "@/lib/observability/reference";

const accepted = [".pdf", ".docx"];

/** What an upload route answers: the saved CV, or the one already saved with the same content. */
export type UploadedCvAnswer = { id: string; duplicateOf?: string };

type CvFileDropProps = {
  /** The route that reads and saves the file (POST, form field `file`). */
  endpoint: string;
  maxMb: number;
  /** The file input's accessible name. */
  inputLabel: string;
  testId: string;
  /** Shown before "Choose a file", e.g. "Drag your CV here, or". */
  prompt: string;
  /** Under the button: formats, size and who will see the file. */
  hint: string;
  /** What to do with a file that is not a PDF or DOCX, and with one that is too large. */
  wrongTypeAdvice: string;
  tooLargeAdvice: string;
  /** Called once the file is saved; a returned message is shown as a success. */
  onUploaded: (answer: UploadedCvAnswer, file: File) => string | void;
};

/**
 * Drag a CV here or pick one. Checks size and extension in the browser first (instant answer), then
 * uploads; the server checks the real type and says precisely what is wrong with a file it cannot read.
 */
export function CvFileDrop({ endpoint, maxMb, inputLabel, testId, prompt, hint, wrongTypeAdvice, tooLargeAdvice, onUploaded }: CvFileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ message: string; tone: "error" | "success" }>();
  const fail = (message: string) => setStatus({ message, tone: "error" });

  async function upload(file: File) {
    setStatus(undefined);
    if (!accepted.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      fail(`"${file.name}" is not a PDF or DOCX. ${wrongTypeAdvice}`);
      return;
    }
    if (file.size > maxMb * 1024 * 1024) {
      fail(`"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${maxMb} MB. ${tooLargeAdvice}`);
      return;
    }
    setBusy(file.name);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(endpoint, { method: "POST", body });
      const answer = (await response.json().catch(() => null)) as { id?: string; duplicateOf?: string; error?: { message: string } } | null;
      if (!response.ok || !answer?.id) {
        fail(routeErrorMessage(answer, "The upload did not go through. Check your connection and try again."));
        return;
      }
      const success = onUploaded({ id: answer.id, duplicateOf: answer.duplicateOf }, file);
      if (success) setStatus({ message: success, tone: "success" });
    } catch {
      fail("The upload did not go through. Check your connection and try again.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        data-testid={testId}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void upload(file);
        }}
        className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-8 text-center ${dragging ? "border-brand-600 bg-brand-50 dark:bg-zinc-800" : "border-zinc-300 dark:border-zinc-700"}`}
      >
        <Upload aria-hidden="true" className="size-8 text-zinc-500" />
        <p className="text-sm">{busy ? `Reading ${busy}…` : prompt}</p>
        <Button variant="secondary" disabled={!!busy} onClick={() => input.current?.click()}>
          Choose a file
        </Button>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</p>
        <input
          ref={input}
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={inputLabel}
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void upload(file);
          }}
        />
      </div>
      <FormStatus message={status?.message} tone={status?.tone} />
    </div>
  );
}
