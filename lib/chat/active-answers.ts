import "server-only";

type Active = { controller: AbortController; finished: Promise<void> };

const globalForActive = globalThis as unknown as { hrActiveAnswers?: Map<string, Active> };

/** Answers being written by this process, by answer id, so Stop can abort the model call at once. */
export const activeAnswers: Map<string, Active> = (globalForActive.hrActiveAnswers ??= new Map());
