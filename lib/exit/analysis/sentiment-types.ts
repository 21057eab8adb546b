// The shape of a sentiment reading, shared by the scorer, its rules and the interview summary.

export type SentimentLabel = "positive" | "negative" | "neutral" | "mixed";
export type Intensity = 1 | 2 | 3;
export type Sentiment = { label: SentimentLabel; intensity: Intensity; drivers: string[] };
