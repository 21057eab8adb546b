/**
 * Headers of every streamed response. `next start` gzips responses, and gzipping each flush of a
 * token stream costs more CPU than the stream itself; `no-transform` is what its compression skips
 * (and what proxies must not buffer or recompress either).
 */
export const streamHeaders = { "cache-control": "no-cache, no-transform" } as const;
