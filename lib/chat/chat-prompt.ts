import type { ChatTurn } from "@/lib/chat/answer";
import { fitHistory, renderHistory } from "@/lib/chat/context";
import type { Profile } from "@/lib/cv/profile";

export type ChatJob = { title: string | null; skills: string[] } | null;
export type ChatQuestion = { question: string; turns: ChatTurn[]; lines: string[]; profile: Profile; job: ChatJob };

/**
 * What fills prompts/resume-chat.md, and what the offline engine is given instead: the CV as numbered
 * lines, the job, the earlier turns that fit the budget, and the question. The app and bench:chat both
 * build a model's question here, so the benchmark measures the prompt users get.
 */
export function chatPromptInput({ question, turns, lines, profile, job }: ChatQuestion) {
  const history = fitHistory(turns);
  const values = {
    cv: lines.map((line, i) => `L${i + 1}: ${line}`).join("\n"),
    job: job ? `title: ${job.title ?? "(none)"}\nskills: ${job.skills.join(", ")}` : "(no job attached)",
    history: renderHistory(history) || "(none)",
    question,
  };
  return { values, offline: { lines, profile, question, history: history.turns, job } };
}
