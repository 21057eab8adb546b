import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";
import { renewedSessionCookie } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { requestIdHeader, requestIdOf } from "@/lib/observability/request-id";

// Every request handled here gets its id (the caller's when acceptable, else a new one), passed on to
// the page or action that serves it and returned in the response.
// Page views get a fresh nonce for their scripts; Next applies it to its own, and the root layout to
// the theme script. The other security headers are set for every route in next.config.
// Page views (and client-side navigations) also slide the session cookie's expiry while it is used.
export async function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(requestIdHeader, requestId);
  // A server action may answer with a document streamed in many small flushes; gzip on each flush was
  // the largest CPU cost under load, so action answers are sent uncompressed (everything else is not).
  if (request.headers.has("next-action")) requestHeaders.delete("accept-encoding");
  // Server action calls and prefetches render no HTML: they need no nonce, nor a renewed cookie.
  const pageView = !request.nextUrl.pathname.startsWith("/api/") && !request.headers.has("next-action") && !request.headers.has("next-router-prefetch");
  const csp = pageView ? pageSecurityPolicy(request, requestHeaders) : undefined;
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(requestIdHeader, requestId);
  if (!csp) return response;
  response.headers.set("Content-Security-Policy", csp);
  try {
    const renewed = await renewedSessionCookie(request.cookies, getAuthSecret());
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  } catch {
    // Best effort: a cookie that cannot be renewed expires on time; the page still checks the session.
  }
  return response;
}

/** A page's Content-Security-Policy with a fresh nonce, also handed to the page in its request headers. */
function pageSecurityPolicy(request: NextRequest, requestHeaders: Headers): string {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return csp;
}

export const config = {
  matcher: [
    // Pages, their prefetches and server action calls (whose bodies Next caps at 1 MB).
    "/((?!api|_next/static|_next/image|fonts|favicon.ico).*)",
    // Sign-in's own routes. The other API routes are left out: Next buffers the body of every request
    // the proxy sees, up to 10 MB, which would cut uploads short; their wrappers (lib/security/
    // authed-route.ts) set the id themselves.
    "/api/auth/:path*",
  ],
};
