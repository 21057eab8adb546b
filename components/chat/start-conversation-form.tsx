"use client";

import { useState } from "react";
import { startConversation } from "@/app/(app)/chat/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

export function StartConversationForm({ cvId, jobs }: { cvId: string; jobs: { id: string; label: string }[] }) {
  const [jobId, setJobId] = useState("");
  const { pending, formMessage, submit } = useActionForm(startConversation);
  return (
    <form
      method="post"
      className="flex max-w-xl flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit({ cvId, jobId: jobId || undefined });
      }}
    >
      {jobs.length ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="job" className="text-sm font-medium">
            Job beside the CV (optional)
          </label>
          <select id="job" className={controlClass} value={jobId} onChange={(e) => setJobId(e.target.value)}>
            <option value="">No job</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {job.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Starting…" : "Start the conversation"}
        </Button>
      </div>
      <FormStatus message={formMessage} />
    </form>
  );
}
