import { z } from "zod";
import { generateModelObject, provenanceOf, type ModelRoute, type ModelRun } from "@/lib/ai/model-call";
import { taskPrompts } from "@/lib/ai/task-prompts";
import { profileBounds, type Profile } from "@/lib/cv/profile";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { profileForTailoring } from "@/lib/tailor/faithful-profile";
import { proposeTailoring } from "@/lib/tailor/propose";
import type { Change, FlaggedClaim, Tailoring } from "@/lib/tailor/types";
import { isWholeRewrite } from "@/lib/tailor/whole-rewrite";

// A rewording may be as long as a bullet the profile keeps: a shorter limit would refuse the whole
// answer for one long bullet.
const answerSchema = z.object({
  summary: z.string().max(800).nullable(),
  bullets: z.array(z.object({ id: z.string().max(20), text: z.string().max(profileBounds.text) })).max(profileBounds.items),
});

type Posting = Pick<JobAnalysis, "title" | "requiredSkills" | "preferredSkills">;

/** The fields of prompts/tailor-rewrite.md: the posting's needs, and the CV's bullets by id ("job.bullet"). */
function tailoringValues(profile: Profile, posting: Posting) {
  const bullets = profile.experience.flatMap((job, j) => job.bullets.map((b, i) => `${j}.${i}: ${b.value}`));
  return {
    title: posting.title ?? "",
    requiredSkills: posting.requiredSkills.join(", "),
    preferredSkills: posting.preferredSkills.join(", "),
    cv: `${profile.summary ? `summary: ${profile.summary.value}\n` : ""}${bullets.join("\n")}`,
  };
}

export type ModelTailoring = { tailoring: Tailoring; claimsBefore: number; run: ModelRun };

/**
 * Tailoring with a language model: the offline selection and order, with bullets and summary
 * reworded by the model. Every reworded line goes through the grounding check against the CV; one
 * with an unsupported claim is replaced by the CV's own line, and the claim is shown to the user. A
 * rewording that says only part of its bullet is replaced by the whole bullet too.
 */
export async function tailorWithModel(route: ModelRoute, parsed: Profile, cvText: string, posting: Posting): Promise<ModelTailoring> {
  // The model gets the bullets the tailored CV shows, so its ids ("job.bullet") point at the same lines.
  const profile = profileForTailoring(parsed);
  const request = { prompt: taskPrompts.tailorRewrite(), values: tailoringValues(profile, posting), signal: AbortSignal.timeout(90_000) };
  const { object: answer, run } = await generateModelObject(route, request, answerSchema);
  const offline = proposeTailoring(profile, posting);
  const flagged: FlaggedClaim[] = [];
  let claimsBefore = 0;
  const rewritten = new Map<string, string>();
  for (const { id, text } of answer.bullets) {
    const [j, i] = id.split(".").map(Number);
    const original = profile.experience[j!]?.bullets[i!];
    if (!original || !text.trim()) continue;
    const claims = unsupportedClaims(text, cvText);
    claimsBefore += claims.length;
    if (claims.length) flagged.push(...claims.map((c) => ({ ...c, where: `Bullet of ${profile.experience[j!]?.company?.value ?? `job ${j! + 1}`}` })));
    else if (text.trim() !== original.value && isWholeRewrite(original.value, text)) rewritten.set(original.source + "\u0000" + original.value, text.trim());
  }
  const changes: Change[] = offline.changes.filter((c) => c.kind !== "bullets");
  profile.experience.forEach((job, index) => {
    const base = offline.changes.find((c) => c.id === `job-${index}`)?.proposed ?? job.bullets.map((b) => ({ text: b.value, source: b.source }));
    const proposed = base.map((line) => ({ text: rewritten.get(line.source + "\u0000" + line.text) ?? line.text, source: line.source }));
    const original = job.bullets.map((b) => ({ text: b.value, source: b.source }));
    if (proposed.some((line, k) => line.text !== original[k]?.text) || proposed.length !== original.length) {
      const where = [job.title?.value, job.company?.value].filter(Boolean).join(" at ") || `Job ${index + 1}`;
      changes.push({ id: `job-${index}`, kind: "bullets", job: index, label: `${where}: reworded and reordered for this job`, original, proposed });
    }
  });
  if (answer.summary?.trim()) {
    const claims = unsupportedClaims(answer.summary, cvText);
    claimsBefore += claims.length;
    if (claims.length) flagged.push(...claims.map((c) => ({ ...c, where: "Summary" })));
    else {
      const index = changes.findIndex((c) => c.id === "summary");
      const summary: Change = {
        id: "summary",
        kind: "summary",
        label: "Summary: written for this job from your CV",
        original: profile.summary ? [{ text: profile.summary.value, source: profile.summary.source }] : [],
        proposed: [{ text: answer.summary.trim(), source: profile.summary?.source ?? "Your CV as a whole" }],
      };
      if (index >= 0) changes[index] = summary;
      else changes.unshift(summary);
    }
  }
  return { tailoring: { method: run.modelId, changes, rejected: [], flagged, provenance: provenanceOf(run) }, claimsBefore, run };
}
