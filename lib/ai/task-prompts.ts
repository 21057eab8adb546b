import { loadPrompt, type PromptFile } from "@/lib/ai/prompts";

/** A task's prompt file and the fields its User section fills in: every one of them, and no other. */
export type TaskPrompt<F extends string = string> = PromptFile & { fields: readonly F[] };

/**
 * Loads prompts/<id>.md for a task whose code fills a fixed set of fields. A placeholder the task does
 * not fill would reach the model as "(not given)", and a field the file leaves out would never reach
 * it, so both fail loudly.
 */
export function loadTaskPrompt<const F extends string>(id: string, fields: readonly F[], dir?: string): TaskPrompt<F> {
  const prompt = loadPrompt(id, fields, dir);
  const missing = fields.filter((field) => !prompt.placeholders.includes(field));
  if (missing.length) throw new Error(`${id}.md: missing placeholder(s) ${missing.map((m) => `{{${m}}}`).join(", ")}`);
  return { ...prompt, fields };
}

function loadOnce<const F extends string>(id: string, fields: readonly F[]): () => TaskPrompt<F> {
  let prompt: TaskPrompt<F> | undefined;
  return () => (prompt ??= loadTaskPrompt(id, fields));
}

/** The prompts of the one-off tasks with AI, each read and checked once, when first used. */
export const taskPrompts = {
  cvParse: loadOnce("cv-parse", ["cv"]),
  jobAnalysis: loadOnce("job-analysis", ["posting"]),
  tailorRewrite: loadOnce("tailor-rewrite", ["title", "requiredSkills", "preferredSkills", "cv"]),
  coverLetter: loadOnce("cover-letter", ["title", "company", "cv", "minWords", "maxWords", "language"]),
  resumeChat: loadOnce("resume-chat", ["cv", "job", "history", "question"]),
};
