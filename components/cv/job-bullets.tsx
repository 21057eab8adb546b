"use client";

import { SourcedField } from "@/components/cv/sourced-field";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { Sourced } from "@/lib/cv/profile";

type Props = {
  jobIndex: number;
  bullets: Sourced[];
  value: (path: string) => string;
  set: (path: string, value: string) => void;
  isRemoved: (path: string) => boolean;
  setRemoved: (path: string, remove: boolean) => void;
  errors: Record<string, string>;
};

/** A job's bullets, each editable and removable, with the CV line it was read from. */
export function JobBullets({ jobIndex, bullets, value, set, isRemoved, setRemoved, errors }: Props) {
  if (!bullets.length) return <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No bullet points. Add them from your CV below.</p>;
  return (
    <ol aria-label="Bullet points" className="mt-2 flex flex-col gap-1">
      {bullets.map((bullet, j) => {
        const path = `experience.${jobIndex}.bullets.${j}`;
        const id = `field-${path}`;
        if (isRemoved(path)) {
          return (
            <li key={path} className="flex items-center gap-2 rounded-md p-2 text-sm text-zinc-600 dark:text-zinc-400">
              <span>
                Bullet {j + 1} will be removed when you save: <s>{bullet.value}</s>
              </span>
              <Button variant="ghost" onClick={() => setRemoved(path, false)}>
                Undo
              </Button>
            </li>
          );
        }
        return (
          <li key={path} className="flex items-start gap-1">
            <div className="min-w-0 flex-1">
              <SourcedField id={id} label={`Bullet ${j + 1}`} field={bullet} error={errors[path]}>
                <textarea
                  id={id}
                  rows={2}
                  className={controlClass}
                  value={value(path)}
                  onChange={(e) => set(path, e.target.value)}
                  aria-invalid={errors[path] ? true : undefined}
                  aria-describedby={`${id}-source${errors[path] ? ` ${id}-error` : ""}`}
                />
              </SourcedField>
            </div>
            <Button variant="ghost" className="mt-8" aria-label={`Remove bullet ${j + 1}`} onClick={() => setRemoved(path, true)}>
              Remove
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
