import { answeredQuestions, type AnsweredQuestion } from "@/lib/exit/analysis/answered-questions";
import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";
import { scoreSentiment, type Sentiment } from "@/lib/exit/analysis/sentiment";
import { sentencesOf } from "@/lib/exit/analysis/sentences";
import { emptySummary, interviewSummarySchema, type InterviewSummary, type Turn } from "@/lib/exit/analysis/summary-schema";
import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import { tagThemes } from "@/lib/exit/analysis/themes";
import { isDeclined } from "@/lib/exit/analysis/vague";
import { quoteIsVerbatim } from "@/lib/exit/analysis/verbatim";
import { overallSentiment } from "@/lib/exit/analysis/overall-sentiment";
import { consentWithdrawn } from "@/lib/exit/analysis/withdrawal";

// The offline summary of a whole interview, built only from what the employee said: nothing is
// invented, every free-text field is masked, and quotes are verbatim sentences with no personal data.

type Read = AnsweredQuestion & { sentiment: Sentiment; themes: ThemeId[] };

const nothingWouldHave: Lexicon = ["nothing", "nothing really", "i don't know", "not sure", "no idea", "nada", "nichts", "rien", "nada"];
// prettier-ignore
const suggestionCues: Lexicon = ["should", "please", "if you do one thing", "i'd suggest", "i would suggest", "would be good", "need to", "needs to", "could learn", "deberían", "debería", "sollte", "sollten", "devrait", "deveria"];
const maybe: Lexicon = ["maybe", "perhaps", "depends", "not sure", "quizás", "vielleicht", "peut-être", "talvez"];

function verdictOf(answer: string, sentiment: Sentiment): "yes" | "no" | "unsure" {
  const first = lookupIn(sentencesOf(answer)[0] ?? "");
  if (first.has(maybe)) return "unsure";
  if (first.has(["no", "not", "never", "nope", "nunca", "nein", "non", "não"])) return "no";
  if (first.has(["yes", "sure", "absolutely", "definitely", "in a heartbeat", "sí", "ja", "oui", "sim", "of course", "yeah"])) return "yes";
  return sentiment.label === "positive" ? "yes" : sentiment.label === "negative" ? "no" : "unsure";
}

const orderedThemes = (themes: Iterable<ThemeId>) => {
  const set = new Set(themes);
  return themeIds.filter((id) => set.has(id));
};

export function summariseInterview(turns: readonly Turn[], options: { withdrawn: boolean }): InterviewSummary {
  if (options.withdrawn || consentWithdrawn(turns)) return emptySummary(true);
  const reads: Read[] = answeredQuestions(turns).map((a) => ({
    ...a,
    sentiment: isDeclined(a.answer) ? { label: "neutral", intensity: 1, drivers: [] } : scoreSentiment(a.answer, { question: a.question }),
    themes: tagThemes(a.question, a.answer),
  }));
  const knownNames = reads.flatMap((r) =>
    maskPersonalData(r.answer)
      .spans.filter((s) => s.type === "name")
      .map((s) => s.text),
  );
  const mask = (text: string) => maskPersonalData(text, { knownNames }).text;

  const reasonReads = reads.filter((r) => r.kind === "reason" || r.kind === "stay");
  const reasons = reads.filter((r) => r.kind === "reason" && r.themes.length).map((r) => ({ text: mask(r.answer), themes: r.themes }));
  // The last plain answer to "what would have kept you": a re-asked question supersedes the first reply.
  const stay = reads.findLast(
    (r) => r.kind === "stay" && r.answer === r.original && !isDeclined(r.answer) && !lookupIn(sentencesOf(r.answer)[0] ?? "").has(nothingWouldHave),
  );
  const recommend = reads.find(
    (r) => r.kind === "recommend" && lookupIn(r.question).has(["recommend", "recomendarías", "empfehlen", "recommanderiez", "recomendaria"]),
  );
  const comeBack = reads.find(
    (r) => r.kind === "recommend" && !lookupIn(r.question).has(["recommend", "recomendarías", "empfehlen", "recommanderiez", "recomendaria"]),
  );

  const quotes = reads
    .filter((r) => r.sentiment.label !== "neutral")
    .sort((a, b) => b.sentiment.intensity - a.sentiment.intensity)
    .flatMap((r) => r.sentiment.drivers)
    .filter((sentence) => sentence.split(" ").length >= 4 && mask(sentence) === sentence && quoteIsVerbatim(sentence, turns));
  const overall = overallSentiment(reads.map((r) => r.sentiment));

  return interviewSummarySchema.parse({
    withdrawn: false,
    sentiment: overall?.label ?? null,
    intensity: overall?.intensity ?? null,
    themes: orderedThemes(reads.flatMap((r) => r.themes)),
    reasons,
    reasonThemes: orderedThemes(reasonReads.flatMap((r) => r.themes)),
    wouldHaveStayedIf: stay ? mask(stay.answer) : null,
    managementFeedback: reads
      .filter((r) => r.themes.includes("manager") || r.themes.includes("leadership"))
      .filter((r) => r.sentiment.label !== "neutral" || r.answer.split(" ").length > 3)
      .map((r) => mask(r.answer)),
    suggestions: reads
      .filter((r) => r.kind === "change" || lookupIn(r.answer).has(suggestionCues))
      .flatMap((r) => (r.kind === "change" ? [r.answer] : sentencesOf(r.answer).filter((s) => lookupIn(s).has(suggestionCues))))
      .map(mask),
    wouldRecommend: recommend ? verdictOf(recommend.answer, recommend.sentiment) : null,
    wouldReturn: comeBack ? verdictOf(comeBack.answer, comeBack.sentiment) : null,
    escalations: reads.flatMap((r) =>
      (["health_safety", "harassment_discrimination"] as const)
        .filter((theme) => r.themes.includes(theme) && (r.sentiment.label === "negative" || r.sentiment.label === "mixed"))
        .map((theme) => ({ theme, text: mask(r.answer) })),
    ),
    quotes: [...new Set(quotes)].slice(0, 3),
  });
}
