import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

type RequestContext = { requestId: string };

// One store per process, kept on globalThis: instrumentation.ts (which loads the logger) and every
// route bundle load their own copy of this module, and they must all see the same request.
const globalForContext = globalThis as unknown as { hrRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (globalForContext.hrRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `work` as part of the request `requestId`: everything it starts, streams included, logs with that id. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request the caller is working for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
