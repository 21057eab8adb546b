import { z } from "zod";
import { findDateRange } from "@/lib/cv/parse/dates";
import { profileBounds, sourced, type Profile, type Sourced } from "@/lib/cv/profile";
import { boundedText, textLimits, tooLongMessage } from "@/lib/security/text-limits";
import { charClass, trimWhere } from "@/lib/text/trim";

/**
 * What the review form can change: the contact fields, the lists, each job's heading fields, and each
 * of its bullets ("experience.0.bullets.3"; an empty bullet is removed).
 */
export const profileEditSchema = z
  .object({
    path: z
      .string()
      .regex(
        /^(?:name|email|phone|location|summary|skills|languages|certifications|experience\.\d{1,2}\.(?:title|company|location|start|end|bullets\.\d{1,3}))$/,
        "Unknown field",
      ),
    value: boundedText(textLimits.profileField, "A field", "Shorten it."),
  })
  // A profile keeps shorter values than the form takes; a bullet is refused rather than cut.
  .refine((edit) => !edit.path.includes(".bullets.") || edit.value.length <= profileBounds.text, {
    path: ["value"],
    error: (issue) => {
      const length = (issue.input as { value: string }).value.length;
      return tooLongMessage("A bullet", profileBounds.text, length, "Shorten it, or split it in two.");
    },
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

type JobField = "title" | "company" | "location" | "start" | "end";

/**
 * Applies the user's corrections to a copy of the profile. Jobs and bullets that do not exist are
 * ignored. Bullets are numbered as the form showed them: removals happen after every edit is applied.
 */
export function applyProfileEdits(profile: Profile, edits: ProfileEdit[]): Profile {
  const next: Profile = structuredClone(profile);
  const removed = new Set<Sourced>();
  for (const { path, value } of edits) {
    if ((listPaths as readonly string[]).includes(path)) {
      next[path as ListPath] = editList(next[path as ListPath], value);
    } else if ((scalarPaths as readonly string[]).includes(path)) {
      next[path as ScalarPath] = editScalar(next[path as ScalarPath], value);
    } else {
      const [, index, key, bulletIndex] = path.split(".") as [string, string, JobField | "bullets", string | undefined];
      const job = next.experience[Number(index)];
      if (!job) continue;
      if (key !== "bullets") job[key] = editScalar(job[key], value);
      else editBullet(job.bullets, Number(bulletIndex), value, removed);
    }
  }
  for (const job of next.experience) job.bullets = job.bullets.filter((b) => !removed.has(b));
  return next;
}

function editBullet(bullets: Sourced[], index: number, value: string, removed: Set<Sourced>) {
  const current = bullets[index];
  if (!current) return;
  const edited = editScalar(current, value);
  if (edited) bullets[index] = edited;
  else removed.add(current);
}

/** The most CV lines one addition takes: a bullet wraps over a few lines, a whole job over a few dozen. */
export const addLinesLimit = 40;

/** Lines of the CV's text (by index) to add to a job as one bullet, or as a new job ("new"). */
export const addFromLinesSchema = z.object({
  lines: z
    .array(z.int().min(0).max(textLimits.cvText))
    .min(1, "Select at least one line of your CV.")
    .max(addLinesLimit, `Select at most ${addLinesLimit} lines at a time.`),
  to: z.union([
    z.literal("new"),
    z
      .int()
      .min(0)
      .max(profileBounds.jobs - 1),
  ]),
});
export type AddFromLines = z.infer<typeof addFromLinesSchema>;

type Picked = { text: string; line: string };

const bulletMark = /^[•◦●▪‣∙·*\-–]\s*|^o\s+(?=\p{Lu})/u;
const separator = charClass(/[\s|,•·:–—-]/);
const withoutBulletMark = (line: string) => line.replace(bulletMark, "").trim();

/** The selected lines in CV order, without blank ones; an index past the CV's end is an error message. */
function pick(cvLines: string[], indices: number[]): Picked[] | string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const outside = sorted.find((i) => i >= cvLines.length);
  if (outside !== undefined) return `Line ${outside + 1} is not in your CV, which has ${cvLines.length} lines. Reload the page and select again.`;
  const picked = sorted.map((i) => ({ text: withoutBulletMark(cvLines[i]!), line: cvLines[i]! })).filter((p) => p.text);
  return picked.length ? picked : "The selected lines are blank. Select lines with text.";
}

function addBullet(profile: Profile, jobIndex: number, picked: Picked[]): string | null {
  const job = profile.experience[jobIndex];
  if (!job) return "That job is no longer in your profile. Reload the page and try again.";
  const text = picked.map((p) => p.text).join(" ");
  if (text.length > profileBounds.text) return tooLongMessage("A bullet", profileBounds.text, text.length, "Select fewer lines.");
  if (job.bullets.length >= profileBounds.items) return `This job already has ${profileBounds.items} bullets, the most a profile keeps.`;
  if (job.bullets.some((b) => b.value === text)) return "This job already has that bullet.";
  job.bullets.push(sourced(text, picked.map((p) => p.line).join("\n"), 1));
  return null;
}

/**
 * A job from the selected lines: the first line with text is its title; the first date range found
 * gives its dates and is taken out of its line; each further line is a bullet, except that a line
 * starting in lower case without a bullet mark continues the one before (a wrapped line).
 */
function addJob(profile: Profile, picked: Picked[]): string | null {
  if (profile.experience.length >= profileBounds.jobs) return `Your profile already has ${profileBounds.jobs} jobs, the most it keeps.`;
  const dated = picked.findIndex((p) => findDateRange(p.text));
  const range = dated >= 0 ? findDateRange(picked[dated]!.text)! : null;
  const rest = picked
    .map((p, i) =>
      i === dated && range ? { ...p, text: trimWhere(p.text.slice(0, range.index) + " " + p.text.slice(range.index + range.length), separator) } : p,
    )
    .filter((p) => p.text);
  const [heading, ...body] = rest;
  const bullets: Picked[][] = [];
  for (const p of body) {
    const continues = bullets.length > 0 && !bulletMark.test(p.line) && /^\p{Ll}/u.test(p.text);
    if (continues) bullets.at(-1)!.push(p);
    else bullets.push([p]);
  }
  const dateLine = range ? picked[dated]!.line : "";
  profile.experience.push({
    title: heading ? sourced(heading.text, heading.line, 1) : null,
    company: null,
    location: null,
    start: range ? sourced(range.start, dateLine, 0.85) : null,
    end: range && !range.current && range.end ? sourced(range.end, dateLine, 0.85) : null,
    current: range?.current ?? false,
    bullets: bullets.slice(0, profileBounds.items).map((parts) => sourced(parts.map((p) => p.text).join(" "), parts.map((p) => p.line).join("\n"), 1)),
  });
  return null;
}

/**
 * Adds what the parser missed from the CV's own lines, chosen by the user: one bullet of a job, or a
 * new job. Each value keeps the lines it came from as its source. Returns the new profile, or a
 * message saying why nothing was added.
 */
export function addFromLines(profile: Profile, cvLines: string[], { lines, to }: AddFromLines): { profile: Profile } | { error: string } {
  const picked = pick(cvLines, lines);
  if (typeof picked === "string") return { error: picked };
  const next: Profile = structuredClone(profile);
  const error = to === "new" ? addJob(next, picked) : addBullet(next, to, picked);
  return error ? { error } : { profile: next };
}
