"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

const accepted = [".pdf", ".docx"];

/**
 * Drag a CV here or pick one. Checks size and extension in the browser first (instant answer), then
 * uploads; the server checks the real type and says precisely what is wrong with a file it cannot read.
 */
export function CvUpload({ maxMb }: { maxMb: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string>();

  async function upload(file: File) {
    setMessage(undefined);
    if (!accepted.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      setMessage(`"${file.name}" is not a PDF or DOCX. Save your CV as PDF or DOCX, or paste the text below.`);
      return;
    }
    if (file.size > maxMb * 1024 * 1024) {
      setMessage(
        `"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${maxMb} MB. Export a smaller PDF (without photos) or paste the text below.`,
      );
      return;
    }
    setBusy(file.name);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/cvs", { method: "POST", body });
      const answer = (await response.json().catch(() => null)) as { id?: string; duplicateOf?: string; error?: { message: string } } | null;
      if (!response.ok || !answer?.id) {
        setMessage(answer?.error?.message ?? "The upload did not go through. Check your connection and try again.");
        return;
      }
      router.push(answer.duplicateOf ? `/copilot/cvs/${answer.id}?duplicate=1` : `/copilot/cvs/${answer.id}`);
    } catch {
      setMessage("The upload did not go through. Check your connection and try again.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        data-testid="cv-dropzone"
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
        <p className="text-sm">{busy ? `Reading ${busy}…` : "Drag your CV here, or"}</p>
        <Button variant="secondary" disabled={!!busy} onClick={() => input.current?.click()}>
          Choose a file
        </Button>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">PDF or DOCX, up to {maxMb} MB. Only you can see it.</p>
        <input
          ref={input}
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="CV file"
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void upload(file);
          }}
        />
      </div>
      <FormStatus message={message} />
    </div>
  );
}
