// The id that ties one request's log lines, its response and the error a user quotes together. It
// is read in the proxy (before any page or route) and again in the route and action wrappers, so it
// must not need Node's own modules.

export const requestIdHeader = "x-request-id";

// Ids a load balancer or a calling service typically sends (UUIDs, trace ids, ULIDs): short, and of
// characters that cannot break a log line or a header. Anything else is replaced, never echoed.
const safeRequestId = /^[\w.:-]{8,64}$/;

/** The incoming id when it is short and of safe characters, else undefined. */
export function acceptedRequestId(incoming: string | null | undefined): string | undefined {
  return incoming && safeRequestId.test(incoming) ? incoming : undefined;
}

/** The request's id: the one it came with when that is acceptable, else a new one. */
export function requestIdOf(headers: Headers): string {
  return acceptedRequestId(headers.get(requestIdHeader)) ?? crypto.randomUUID();
}
