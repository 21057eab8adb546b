import "server-only";
import { loadPrompt, renderTemplate, type PromptFile } from "@/lib/ai/prompts";
import { getTool, type ToolSlug } from "@/lib/tools/registry";

const cache = new Map<ToolSlug, PromptFile>();

/** The tool's prompt file, checked against its schema once per process. */
export function promptForTool(slug: ToolSlug): PromptFile {
  let prompt = cache.get(slug);
  if (!prompt) {
    prompt = loadPrompt(slug, Object.keys(getTool(slug).schema.shape));
    cache.set(slug, prompt);
  }
  return prompt;
}

export function renderToolPrompt(prompt: PromptFile, input: Record<string, unknown>) {
  const values = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v ?? "")]));
  return { system: prompt.system, prompt: renderTemplate(prompt.user, values) };
}
