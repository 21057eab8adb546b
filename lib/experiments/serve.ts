import "server-only";
import type { PromptFile } from "@/lib/ai/prompts";
import { getDb } from "@/lib/db/client";
import { variantFor } from "@/lib/experiments/assign";
import { secondPromptFor } from "@/lib/experiments/prompt-versions";
import { shareOfB } from "@/lib/experiments/splits";
import { promptForTool } from "@/lib/generation/tool-prompt";
import type { ToolSlug } from "@/lib/tools/registry";

/**
 * The prompt that writes one document. When the tool's prompt has a second version and the author's
 * organisation gives it a share, the generation's id decides which version serves it; the row records
 * the version. People outside an organisation always get the first version.
 */
export async function promptForGeneration({ tool, generationId, orgId }: { tool: ToolSlug; generationId: string; orgId: string | null }): Promise<PromptFile> {
  const first = promptForTool(tool);
  const second = secondPromptFor(tool);
  if (!second || !orgId) return first;
  const share = await shareOfB(await getDb(), { orgId, promptId: first.id });
  return variantFor(generationId, share) === "b" ? second : first;
}
