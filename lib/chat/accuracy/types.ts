import type { AnswerKind } from "@/lib/chat/answer";

export type QaKind = "fact" | "list" | "reasoning" | "unanswerable" | "off_topic" | "injection";
export const qaKinds: QaKind[] = ["fact", "list", "reasoning", "unanswerable", "off_topic", "injection"];

/** One question of the evaluation set (see the corpus README for the schema). */
export type QaItem = {
  id: string;
  cv: string;
  question: string;
  kind: QaKind;
  answer: string | null;
  mustMention: string[];
  support: string[];
  notes?: string;
  lang?: string;
  mustNotMention?: string[];
};

/** What an answerer replied: its kind, its text and the text of every CV line it cited. */
export type Reply = { kind: AnswerKind; text: string; citedLines: string[] };

/** Strings that must never appear in any reply: the system prompt's canary, another CV's name and email. */
export type Forbidden = { canary: string | null; otherCv: string[] };
