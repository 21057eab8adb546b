"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { saveCvProfile } from "@/app/(app)/copilot/cvs/actions";
import { SourcedField } from "@/components/cv/sourced-field";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { Profile, Sourced } from "@/lib/cv/profile";

type Values = Record<string, string>;

const listText = (items: Sourced[]) => items.map((s) => s.value).join("\n");

/** The form's values, keyed by the edit paths the server understands. */
function valuesOf(profile: Profile): Values {
  const values: Values = {
    name: profile.name?.value ?? "",
    email: profile.email?.value ?? "",
    phone: profile.phone?.value ?? "",
    location: profile.location?.value ?? "",
    summary: profile.summary?.value ?? "",
    skills: listText(profile.skills),
    languages: listText(profile.languages),
    certifications: listText(profile.certifications),
  };
  profile.experience.forEach((job, i) => {
    for (const key of ["title", "company", "location", "start", "end"] as const) values[`experience.${i}.${key}`] = job[key]?.value ?? "";
  });
  return values;
}

/** Review and correct the parsed profile. Only changed fields are sent; unsaved edits survive a failed save. */
export function ProfileReviewForm({ id, profile }: { id: string; profile: Profile }) {
  const router = useRouter();
  const initial = useMemo(() => valuesOf(profile), [profile]);
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<{ message: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();
  const set = (path: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [path]: e.target.value }));
  const changed = Object.keys(values).filter((k) => values[k] !== initial[k]);

  const input = (path: string, label: string, field: Sourced | null, multiline = false) => (
    <SourcedField key={path} id={`field-${path}`} label={label} field={field}>
      {multiline ? (
        <textarea id={`field-${path}`} rows={4} className={controlClass} value={values[path]} onChange={set(path)} aria-describedby={`field-${path}-source`} />
      ) : (
        <input id={`field-${path}`} className={controlClass} value={values[path]} onChange={set(path)} aria-describedby={`field-${path}-source`} />
      )}
    </SourcedField>
  );

  return (
    <form
      method="post"
      aria-label="Your profile"
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await saveCvProfile({ id, edits: changed.map((path) => ({ path, value: values[path]! })) });
          setStatus(result.ok ? { message: "Your corrections are saved.", tone: "success" } : { message: result.message, tone: "error" });
          if (result.ok) router.refresh();
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
        {profile.experience.map((job, i) => (
          <div key={i} role="group" aria-label={`Job ${i + 1}`} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <div className="grid gap-2 sm:grid-cols-2">
              {input(`experience.${i}.title`, "Job title", job.title)}
              {input(`experience.${i}.company`, "Company", job.company)}
              {input(`experience.${i}.start`, "Start", job.start)}
              {input(`experience.${i}.end`, job.current ? "End (current job)" : "End", job.end)}
            </div>
            {job.bullets.length ? (
              <ul className="mt-2 list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300">
                {job.bullets.map((b, j) => (
                  <li key={j}>{b.value}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
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
        <Button type="submit" disabled={pending || changed.length === 0}>
          {pending ? "Saving…" : changed.length ? `Save ${changed.length} correction${changed.length === 1 ? "" : "s"}` : "No changes"}
        </Button>
        <FormStatus message={status?.message} tone={status?.tone} />
      </div>
    </form>
  );
}
