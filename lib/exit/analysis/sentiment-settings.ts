// The few numbers and switches the sentiment reading depends on. The defaults are the values that
// cross-validation on the labelled answers picks (`npm run bench:exit -- --folds 5`), so each one
// is chosen on answers it is then not measured on.

export type SentimentSettings = {
  /** A clause scoring at least this is clearly positive. */
  positive: number;
  /** A clause scoring at most minus this is clearly negative. */
  negative: number;
  /** An answer of at least this many words with no clearly polar clause describes a problem (0: never). */
  narrative: number;
  /** Weight of wink-nlp's score against VADER's compound (0 = VADER only). */
  winkWeight: number;
  /** Score added per workplace word a general lexicon does not know ("understaffed", "supportive"). */
  termWeight: number;
  /** General rules, each of which can be switched off to measure what it adds. */
  rules: Record<SentimentRule, boolean>;
};

export const sentimentRules = ["contrast", "counterfactual", "deniedProblems", "idioms", "irony", "question", "twoSided", "workplaceTerms"] as const;
export type SentimentRule = (typeof sentimentRules)[number];

export const defaultSentimentSettings: SentimentSettings = {
  positive: 0.4,
  negative: 0.1,
  narrative: 8,
  winkWeight: 0.75,
  termWeight: 0.5,
  rules: { contrast: true, counterfactual: true, deniedProblems: true, idioms: true, irony: true, question: true, twoSided: true, workplaceTerms: true },
};
