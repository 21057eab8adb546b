import "server-only";
import { loadPromptB, type PromptFile } from "@/lib/ai/prompts";
import { logger } from "@/lib/logger";
import { promptForTool } from "@/lib/generation/tool-prompt";
import { getTool, toolSlugs, type ToolSlug } from "@/lib/tools/registry";

export type PromptPair = { tool: ToolSlug; a: PromptFile; b: PromptFile };

const seconds = new Map<ToolSlug, PromptFile | null>();

/**
 * A tool's second prompt version (prompts/<id>.b.md), checked against the tool's schema once per
 * process. A broken second version is logged and left out: the tool keeps working on its first.
 */
export function secondPromptFor(tool: ToolSlug): PromptFile | null {
  if (!seconds.has(tool)) {
    try {
      seconds.set(tool, loadPromptB(promptForTool(tool), Object.keys(getTool(tool).schema.shape)));
    } catch (error) {
      logger.error({ code: "prompt_b_invalid", tool, problem: (error as Error).message }, "a prompt's second version is invalid; only the first is served");
      seconds.set(tool, null);
    }
  }
  return seconds.get(tool) ?? null;
}

/** The tools whose prompt has two live versions, each with both. */
export function promptPairs(): PromptPair[] {
  return toolSlugs.flatMap((tool) => {
    const b = secondPromptFor(tool);
    return b ? [{ tool, a: promptForTool(tool), b }] : [];
  });
}
