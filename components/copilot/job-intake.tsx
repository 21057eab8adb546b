"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { createJobFromText } from "@/app/(app)/copilot/jobs/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { routeErrorMessage } from "@/lib/observability/reference";

/** Paste a job posting, or upload it as TXT, Markdown, JSON, PDF or DOCX. */
export function JobIntake({ maxMb }: { maxMb: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [uploading, setUploading] = useState(false);
  const [uploadMessage, setUploadMessage] = useState<string>();
  const { pending, errors, formMessage, submit } = useActionForm(createJobFromText);

  async function upload(file: File) {
    setUploadMessage(undefined);
    if (file.size > maxMb * 1024 * 1024) return setUploadMessage(`"${file.name}" is larger than ${maxMb} MB. Paste the posting's text instead.`);
    setUploading(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/jobs", { method: "POST", body });
      const answer = (await response.json().catch(() => null)) as { id?: string; error?: { message: string } } | null;
      if (!response.ok || !answer?.id) setUploadMessage(routeErrorMessage(answer, "The upload did not go through. Try again, or paste the text."));
      else router.push(`/copilot/jobs/${answer.id}`);
    } catch {
      setUploadMessage("The upload did not go through. Check your connection and try again.");
    } finally {
      setUploading(false);
    }
  }

  return (
    <form
      method="post"
      noValidate
      aria-label="Add a job posting"
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        submit({ text });
      }}
    >
      <Field id="job-text" label="Job posting" help="Paste the whole posting: title, company, responsibilities and requirements." error={errors?.text?.[0]}>
        <textarea id="job-text" rows={8} className={controlClass} value={text} aria-invalid={!!errors?.text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <FormStatus message={formMessage ?? uploadMessage} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Reading…" : "Analyse this posting"}
        </Button>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">or</span>
        <Button variant="secondary" disabled={uploading} onClick={() => input.current?.click()}>
          {uploading ? "Reading the file…" : "Upload a file"}
        </Button>
        <input
          ref={input}
          type="file"
          aria-label="Job posting file"
          className="sr-only"
          accept=".txt,.md,.json,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void upload(file);
          }}
        />
      </div>
    </form>
  );
}
