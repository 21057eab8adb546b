import { loadTaskPrompt, type TaskPrompt } from "@/lib/ai/task-prompts";

const fields = ["themes", "transcript"] as const;
let prompt: TaskPrompt<(typeof fields)[number]> | undefined;

/** prompts/exit-summary.md, read and checked once, when first used. */
export function exitSummaryPrompt(): TaskPrompt<(typeof fields)[number]> {
  return (prompt ??= loadTaskPrompt("exit-summary", fields));
}
