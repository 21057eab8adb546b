/**
 * A stand-in for `next/headers` outside a Next request: tests set the cookies and headers of the
 * request they play, and the app's own session code reads them as it would in production.
 * Use with `vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"))`.
 */
export const testRequest = { cookies: new Map<string, string>(), headers: new Headers() };

export async function cookies() {
  return {
    get: (name: string) => (testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name) as string } : undefined),
    getAll: () => [...testRequest.cookies].map(([name, value]) => ({ name, value })),
  };
}

export async function headers() {
  return testRequest.headers;
}
