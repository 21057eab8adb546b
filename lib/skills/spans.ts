import type { Skill } from "@/lib/skills/catalog";
import { skillOccurrences } from "@/lib/skills/mentions";

/** Where a text names a catalogue skill: every place, by any of its names. */
export type SkillSpan = { skill: Skill; start: number; end: number };

/**
 * Every place a text names a catalogue skill, in text order, by the rules of `skillMentions`. Where
 * names overlap ("SQL" inside "SQL Server", "ML" inside "ML monitoring") the longer one wins, so a
 * phrase is one skill.
 */
export function skillSpans(text: string): SkillSpan[] {
  const found = skillOccurrences(text).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  // A one-letter name right after a capitalised word is the end of another name ("Schedule C", "Vitamin C").
  const inName = (span: SkillSpan) => span.end - span.start === 1 && /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, span.start - 20), span.start));
  const kept: SkillSpan[] = [];
  for (const span of found) {
    const last = kept.at(-1);
    if ((!last || span.start >= last.end) && !inName(span)) kept.push(span);
  }
  return kept;
}
