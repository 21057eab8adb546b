"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveCvProfile } from "@/app/(app)/copilot/cvs/actions";
import { JobBullets } from "@/components/cv/job-bullets";
import { JobDoubtsNote } from "@/components/cv/job-doubts-note";
import { SourcedField } from "@/components/cv/sourced-field";
import { useProfileEdits } from "@/components/cv/use-profile-edits";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/action-result";
import { jobDoubts } from "@/lib/cv/job-doubts";
import type { Profile, Sourced } from "@/lib/cv/profile";
import type { ProfileEdit } from "@/lib/cv/profile-edits";

/** Field errors of a failed save ("edits.3.value"), by the path of the field that was sent as edit 3. */
function errorsByPath(result: ActionResult<unknown>, sent: ProfileEdit[]): Record<string, string> {
  if (result.ok || !result.fieldErrors) return {};
  const errors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(result.fieldErrors)) {
    const path = sent[Number(/^edits\.(\d+)\./.exec(key)?.[1] ?? -1)]?.path;
    if (path && messages[0]) errors[path] = messages[0];
  }
  return errors;
}

/** Review and correct the parsed profile. Only changed fields are sent; unsaved edits survive a failed save. */
export function ProfileReviewForm({ id, profile }: { id: string; profile: Profile }) {
  const router = useRouter();
  const form = useProfileEdits(profile);
  const [status, setStatus] = useState<{ message: string; tone: "error" | "success" }>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const { changes } = form;

  const input = (path: string, label: string, field: Sourced | null, multiline = false) => {
    const control = {
      id: `field-${path}`,
      className: controlClass,
      value: form.value(path),
      onChange: (e: { target: { value: string } }) => form.set(path, e.target.value),
      "aria-invalid": errors[path] ? true : undefined,
      "aria-describedby": `field-${path}-source${errors[path] ? ` field-${path}-error` : ""}`,
    };
    return (
      <SourcedField key={path} id={`field-${path}`} label={label} field={field} error={errors[path]}>
        {multiline ? <textarea rows={4} {...control} /> : <input {...control} />}
      </SourcedField>
    );
  };

  return (
    <form
      method="post"
      aria-label="Your profile"
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        const sent = changes;
        startTransition(async () => {
          const result = await saveCvProfile({ id, edits: sent });
          setErrors(errorsByPath(result, sent));
          if (result.ok) {
            setStatus({ message: "Your corrections are saved.", tone: "success" });
            form.markSaved(sent);
            router.refresh();
          } else {
            const fieldMessage = Object.keys(errorsByPath(result, sent)).length ? " The fields to fix are marked." : "";
            setStatus({ message: `${result.message}${fieldMessage} Nothing you typed was lost.`, tone: "error" });
          }
        });
      }}
    >
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        {input("name", "Name", profile.name)}
        {input("email", "Email", profile.email)}
        {input("phone", "Phone", profile.phone)}
        {input("location", "Location", profile.location)}
      </fieldset>
      {input("summary", "Summary", profile.summary, true)}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">Experience</legend>
        {profile.experience.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No jobs were found in your CV.</p> : null}
        {profile.experience.map((job, i) => {
          const doubts = jobDoubts(job);
          return (
            <div
              key={i}
              role="group"
              aria-label={`Job ${i + 1}`}
              data-doubtful={doubts.length ? true : undefined}
              className={`rounded-lg border p-3 ${doubts.length ? "border-amber-400 dark:border-amber-600" : "border-zinc-200 dark:border-zinc-800"}`}
            >
              <JobDoubtsNote doubts={doubts} />
              <div className="grid gap-2 sm:grid-cols-2">
                {input(`experience.${i}.title`, "Job title", job.title)}
                {input(`experience.${i}.company`, "Company", job.company)}
                {input(`experience.${i}.start`, "Start", job.start)}
                {input(`experience.${i}.end`, job.current ? "End (current job)" : "End", job.end)}
              </div>
              <JobBullets
                jobIndex={i}
                bullets={job.bullets}
                value={form.value}
                set={form.set}
                isRemoved={form.isRemoved}
                setRemoved={form.setRemoved}
                errors={errors}
              />
            </div>
          );
        })}
      </fieldset>
      <div className="grid gap-2 sm:grid-cols-3">
        {input("skills", "Skills (one per line)", profile.skills[0] ?? null, true)}
        {input("languages", "Languages", profile.languages[0] ?? null, true)}
        {input("certifications", "Certifications", profile.certifications[0] ?? null, true)}
      </div>
      {profile.education.length ? (
        <section aria-labelledby="education">
          <h2 id="education" className="mb-2 text-lg font-semibold">
            Education
          </h2>
          <ul className="text-sm">
            {profile.education.map((e, i) => (
              <li key={i}>{[e.degree?.value, e.institution?.value, e.end?.value].filter(Boolean).join(" · ")}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-zinc-200 bg-white py-3 dark:border-zinc-800 dark:bg-zinc-950">
        <Button type="submit" disabled={pending || changes.length === 0}>
          {pending ? "Saving…" : changes.length ? `Save ${changes.length} correction${changes.length === 1 ? "" : "s"}` : "No changes"}
        </Button>
        <FormStatus message={status?.message} tone={status?.tone} />
      </div>
    </form>
  );
}
