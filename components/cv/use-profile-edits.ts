"use client";

import { useMemo, useState } from "react";
import type { Profile, Sourced } from "@/lib/cv/profile";
import type { ProfileEdit } from "@/lib/cv/profile-edits";

type Values = Record<string, string>;

const listText = (items: Sourced[]) => items.map((s) => s.value).join("\n");

/** The profile's values, keyed by the edit paths the server understands. */
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
    job.bullets.forEach((b, j) => (values[`experience.${i}.bullets.${j}`] = b.value));
  });
  return values;
}

/**
 * The user's unsaved corrections, laid over the profile. They are kept while the profile is reloaded
 * (after lines were added from the CV) and dropped only once a save that sent them has reloaded it, so
 * nothing typed is lost to a failed save or another change.
 */
export function useProfileEdits(profile: Profile) {
  const initial = useMemo(() => valuesOf(profile), [profile]);
  const [edits, setEdits] = useState<Values>({});
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState<ProfileEdit[] | null>(null);
  const [shown, setShown] = useState(profile);
  if (shown !== profile) {
    // Adjusting state to a new profile during render, as React recommends over an effect.
    setShown(profile);
    if (saved) {
      const sent = new Map(saved.map((e) => [e.path, e.value]));
      setEdits((current) => Object.fromEntries(Object.entries(current).filter(([path, value]) => sent.get(path) !== value)));
      setRemoved((current) => new Set([...current].filter((path) => sent.get(path) !== "")));
      setSaved(null);
    }
  }

  const changes: ProfileEdit[] = [
    ...Object.entries(edits)
      .filter(([path, value]) => value !== initial[path] && !removed.has(path))
      .map(([path, value]) => ({ path, value })),
    ...[...removed].filter((path) => path in initial).map((path) => ({ path, value: "" })),
  ];

  return {
    changes,
    value: (path: string) => edits[path] ?? initial[path] ?? "",
    set: (path: string, value: string) => setEdits((current) => ({ ...current, [path]: value })),
    isRemoved: (path: string) => removed.has(path),
    setRemoved: (path: string, remove: boolean) =>
      setRemoved((current) => {
        const next = new Set(current);
        if (remove) next.add(path);
        else next.delete(path);
        return next;
      }),
    /** Call with what a successful save sent: those edits are dropped when the saved profile arrives. */
    markSaved: setSaved,
  };
}
