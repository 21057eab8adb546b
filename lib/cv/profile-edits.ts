import { z } from "zod";
import { sourced, type Profile, type Sourced } from "@/lib/cv/profile";
import { boundedText, textLimits } from "@/lib/security/text-limits";

/** What the review form can change: the contact fields, the lists, and each job's heading fields. */
export const profileEditSchema = z.object({
  path: z
    .string()
    .regex(/^(name|email|phone|location|summary|skills|languages|certifications|experience\.\d{1,2}\.(title|company|location|start|end))$/, "Unknown field"),
  value: boundedText(textLimits.profileField, "A field", "Shorten it."),
});
export type ProfileEdit = z.infer<typeof profileEditSchema>;

/** The source recorded for what the user typed: the profile stays truthful about where each value came from. */
export const editedSource = "Edited by you";

const listPaths = ["skills", "languages", "certifications"] as const;
type ListPath = (typeof listPaths)[number];
const scalarPaths = ["name", "email", "phone", "location", "summary"] as const;
type ScalarPath = (typeof scalarPaths)[number];

function editScalar(current: Sourced | null, value: string): Sourced | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (current && current.value === trimmed) return current;
  return sourced(trimmed, editedSource, 1);
}

/** One item per line or comma; items already in the list keep their source. */
function editList(current: Sourced[], value: string): Sourced[] {
  const items = [
    ...new Set(
      value
        .split(/\n|,/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const byName = new Map<string, Sourced>();
  for (const c of current) if (!byName.has(c.value.toLowerCase())) byName.set(c.value.toLowerCase(), c);
  return items.map((item) => byName.get(item.toLowerCase()) ?? sourced(item, editedSource, 1));
}

/** Applies the user's corrections to a copy of the profile. Jobs that do not exist are ignored. */
export function applyProfileEdits(profile: Profile, edits: ProfileEdit[]): Profile {
  const next: Profile = structuredClone(profile);
  for (const { path, value } of edits) {
    if ((listPaths as readonly string[]).includes(path)) {
      next[path as ListPath] = editList(next[path as ListPath], value);
    } else if ((scalarPaths as readonly string[]).includes(path)) {
      next[path as ScalarPath] = editScalar(next[path as ScalarPath], value);
    } else {
      const [, index, key] = path.split(".") as [string, string, "title" | "company" | "location" | "start" | "end"];
      const job = next.experience[Number(index)];
      if (job) job[key] = editScalar(job[key], value);
    }
  }
  return next;
}
