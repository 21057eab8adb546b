/**
 * What an answer is, whoever wrote it. `not_in_cv` is a first-class answer: the CV does not hold
 * what was asked (salary, notice period, visa). `refused` is an off-topic or rule-breaking request.
 */
export type AnswerKind = "answer" | "not_in_cv" | "refused";

/** A previous turn of the conversation, as the engines see it. Citations are 1-based line numbers. */
export type ChatTurn = { question: string; answer: string; citations: number[] };

/**
 * Citations are written inline as `[L12]` (one line) or `[L12, L14]`: the model is asked for this
 * form, the offline engine writes it, and the UI turns each into a link that highlights the line.
 */
export const citationMarker = (line: number) => `[L${line}]`;

const answerKinds: readonly string[] = ["answer", "not_in_cv", "refused"] satisfies AnswerKind[];

/** A stored kind read back: anything else (an old or damaged row) is no kind at all. */
export const asAnswerKind = (value: string | null): AnswerKind | null => (value !== null && answerKinds.includes(value) ? (value as AnswerKind) : null);
