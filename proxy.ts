import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";
import { renewedSessionCookie } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy } from "@/lib/security/headers";

// Every page view gets a fresh nonce for its scripts; Next applies it to its own, and the root
// layout to the theme script. The other security headers are set for every route in next.config.
// Page views (and client-side navigations) also slide the session cookie's expiry while it is used.
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  try {
    const renewed = await renewedSessionCookie(request.cookies, getAuthSecret());
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  } catch {
    // Best effort: a cookie that cannot be renewed expires on time; the page still checks the session.
  }
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: server action calls and prefetches render no HTML, so they need no nonce.
      source: "/((?!api|_next/static|_next/image|fonts|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
      ],
    },
  ],
};
