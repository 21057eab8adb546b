import { maskPersonalData, type MaskResult } from "@/lib/exit/analysis/mask/mask";
import { scoreSentiment, type Intensity, type SentimentLabel } from "@/lib/exit/analysis/sentiment";
import { summariseInterview } from "@/lib/exit/analysis/summarise";
import type { InterviewSummary, Turn } from "@/lib/exit/analysis/summary-schema";
import type { ThemeId } from "@/lib/exit/analysis/theme-ids";
import { tagThemes } from "@/lib/exit/analysis/themes";
import { isVague } from "@/lib/exit/analysis/vague";

// What any exit-interview analyser gives the benchmark: the offline one below, or later one that
// asks a model and answers with the same summary schema.

export type AnswerAnalysis = { sentiment: SentimentLabel; intensity: Intensity; themes: ThemeId[]; vague: boolean; masked: MaskResult };

export interface Analyser {
  readonly name: string;
  analyseAnswer(question: string, answer: string): Promise<AnswerAnalysis>;
  summarise(turns: readonly Turn[], options: { withdrawn: boolean }): Promise<InterviewSummary>;
}

export const offlineAnalyser: Analyser = {
  name: "offline",
  async analyseAnswer(question, answer) {
    const sentiment = scoreSentiment(answer, { question });
    return {
      sentiment: sentiment.label,
      intensity: sentiment.intensity,
      themes: tagThemes(question, answer),
      vague: isVague(question, answer),
      masked: maskPersonalData(answer),
    };
  },
  async summarise(turns, options) {
    return summariseInterview(turns, options);
  },
};
