import { withoutInstructions } from "@/lib/exit/analysis/instructions";
import { scoreSentiment, type Intensity, type SentimentLabel } from "@/lib/exit/analysis/sentiment";
import { tagThemes } from "@/lib/exit/analysis/themes";
import type { ThemeId } from "@/lib/exit/analysis/theme-ids";
import { isVague } from "@/lib/exit/analysis/vague";
import type { ProtocolQuestion } from "@/lib/exit/interview/protocol";

/** What the offline analysis reads in one answer, stored beside it so the dashboard can count without the summary. */
export type AnswerLabels = { sentiment: SentimentLabel; intensity: Intensity; themes: ThemeId[]; vague: boolean };

const nothingSaid: AnswerLabels = { sentiment: "neutral", intensity: 1, themes: [], vague: false };

/**
 * Labels an answer to a main question or to its follow-up. The analysis reads the main question's
 * English wording whatever the interview's language: its cues for what a question asks ("reason",
 * "made you stay") are English, and a follow-up is about the same thing as its main question.
 * Sentences that tell the system what to record are dropped first, so they move no label.
 */
export function labelAnswer(question: ProtocolQuestion, answer: string): AnswerLabels {
  const said = withoutInstructions(answer).trim();
  if (!said) return nothingSaid;
  const asked = question.text.en;
  const sentiment = scoreSentiment(said, { question: asked });
  return { sentiment: sentiment.label, intensity: sentiment.intensity, themes: tagThemes(asked, said), vague: isVague(asked, said) };
}
