import type { AnswerKind, ChatTurn } from "@/lib/chat/answer";
import { written, type Draft } from "@/lib/chat/offline/compose";
import { mapCv } from "@/lib/chat/offline/cv-map";
import { instructionRefusal, instructionSetAside } from "@/lib/chat/offline/declines";
import { separateInstructions } from "@/lib/chat/offline/instructions";
import { questionLanguage } from "@/lib/chat/offline/language";
import { indexLines } from "@/lib/chat/offline/retrieval";
import { route } from "@/lib/chat/offline/route";
import { withDatedJobs } from "@/lib/chat/offline/thin-profile";
import { isGrammarWord } from "@/lib/chat/offline/terms";
import { wordsOf } from "@/lib/chat/offline/words";
import { monthOf } from "@/lib/fit/years";
import type { Profile } from "@/lib/cv/profile";

export type OfflineChatInput = {
  lines: string[];
  profile: Profile;
  question: string;
  history: ChatTurn[];
  job?: { title: string | null; skills: string[] } | null;
  /** The date that "present" stands for; today when not given. */
  now?: Date;
};
export type OfflineChatAnswer = { kind: AnswerKind; text: string; citations: number[]; language: "en" | "other" };

const answeredInEnglish = "(Answered in English.)";

/** A genuine question is left when an instruction is set aside and at least one word of substance remains. */
const asksSomething = (text: string) => wordsOf(text).some((w) => !isGrammarWord(w) && w.length > 2);

/**
 * The offline engine: an extractive answer about one CV, each claim followed by the lines it rests
 * on. Instructions, in the question or in the CV, never change what it does.
 */
export function answerFromCv(input: OfflineChatInput): OfflineChatAnswer {
  const language = questionLanguage(input.question);
  const profile = withDatedJobs(input.lines, input.profile);
  const map = mapCv(input.lines, profile);
  const index = indexLines(input.lines, map.excluded);
  const { instructions, rest } = separateInstructions(input.question);
  let draft: Draft;
  const notes: string[] = [];
  if (instructions.length && !asksSomething(rest)) draft = instructionRefusal();
  else {
    if (instructions.length) notes.push(instructionSetAside);
    draft = route(instructions.length ? rest : input.question, {
      map,
      index,
      profile,
      history: input.history,
      now: monthOf(input.now ?? new Date()),
      job: input.job ?? null,
    });
  }
  if (language === "other") notes.unshift(answeredInEnglish);
  const out = written(draft);
  return { ...out, text: [...notes, out.text].join(" "), language };
}
export { suggestQuestions } from "@/lib/chat/offline/suggest";
