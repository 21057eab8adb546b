import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";

/** Auth.js's forms (sign-in, callbacks) are a few hundred bytes; anything near this is not one. */
export const authBodyLimitBytes = 16 * 1024;
/** Route handlers that take JSON. */
export const defaultBodyLimitBytes = 64 * 1024;

/**
 * Reads a request body up to `maxBytes`, refusing early on a Content-Length over the limit and, for
 * bodies without one (chunked), as soon as the limit is passed, without buffering the rest.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new AppError("too_large:input");
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("too_large:input");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Wraps a route handler so bodies over `maxBytes` get 413 before the handler sees them. */
export function withBodyLimit<R extends Request>(handler: (request: R) => Promise<Response>, maxBytes: number, rebuild: (url: string, init: RequestInit) => R) {
  return async function limited(request: R): Promise<Response> {
    if (request.method === "GET" || request.method === "HEAD") return handler(request);
    try {
      const body = await readBodyWithin(request, maxBytes);
      return handler(rebuild(request.url, { method: request.method, headers: request.headers, body: body as BodyInit }));
    } catch (thrown) {
      if (!(thrown instanceof AppError)) throw thrown;
      return new Response(JSON.stringify({ error: { code: thrown.code, message: thrown.message, requestId: randomUUID() } }), {
        status: thrown.status,
        headers: { "content-type": "application/json", "cache-control": "no-store" },
      });
    }
  };
}
