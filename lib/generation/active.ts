import "server-only";

type Active = { controller: AbortController; finished: Promise<void> };

const globalForActive = globalThis as unknown as { hrActiveGenerations?: Map<string, Active> };

/** Generations being written by this process, so Stop can abort the model call. */
export const activeGenerations: Map<string, Active> = (globalForActive.hrActiveGenerations ??= new Map());
