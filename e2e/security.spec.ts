import { expect, test } from "@playwright/test";
import { sessionCookieFrom } from "../scripts/lib/server-actions.mjs";
import { signedInHr } from "./support/accounts";
import { base, call, post, registerAs, uniqueEmail } from "./support/server-actions";
import { fillJobDescription, newBrief, statusLine } from "./support/job-description";

test("every page sends a nonce-based CSP and the security headers, and the app runs under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const nonces = new Set<string>();
  for (const path of ["/login", "/register"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
    nonces.add(/nonce-([^']+)/.exec(csp)![1]!);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    // Next's own scripts carry the nonce of this response.
    const scriptNonce = await page
      .locator("script[nonce]")
      .first()
      .evaluate((s) => (s as HTMLScriptElement).nonce);
    expect(csp).toContain(`'nonce-${scriptNonce}'`);
  }
  expect(nonces.size).toBe(2);

  // The whole flow, including the PDF and DOCX writers loaded on demand, runs without a CSP violation.
  await signedInHr(page);
  await fillJobDescription(page, newBrief(), /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);
  for (const name of ["Download PDF", "Download DOCX"]) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name }).click();
    await download;
  }
  const api = await page.request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(violations).toEqual([]);
});

test("every page of the app, signed in, sends the CSP and security headers", async ({ page }) => {
  await signedInHr(page);
  const pages = [
    "/",
    "/tools",
    "/tools/job-description",
    "/history",
    "/account",
    "/admin/members",
    "/admin/audit",
    "/copilot",
    "/chat",
    "/exit-interviews",
    "/invite/not-a-real-invitation-token-000",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("oversized request bodies are refused before any handler reads them", async ({ request }) => {
  const big = "x".repeat(64 * 1024);
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.c&password=${big}`,
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("too_large:input");
  const small = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "email=a%40b.c&password=short",
  });
  expect(small.status()).not.toBe(413);
});

test("a forged X-Forwarded-For cannot lock another address out of sign-in, nor get its sender out of the limit", async () => {
  const login = "app/(auth)/actions.ts#login";
  const victim = await registerAs("seek");
  const victimAddress = "198.51.100.23";
  // The attacker writes the victim's address; the proxy in front appends the attacker's real one.
  const attacker = { headers: { "x-forwarded-for": `${victimAddress}, 203.0.113.66` } };
  for (let attempt = 0; attempt < 30; attempt++) {
    expect(await call(login, { email: uniqueEmail("nobody"), password: "wrong-password-0" }, "", attacker)).toMatchObject({
      ok: false,
      code: "unauthorized:auth",
    });
  }
  expect(await call(login, { email: victim.email, password: "matrix-password-1" }, "", attacker)).toMatchObject({ ok: false, code: "rate_limit:auth" });
  const signedIn = await post(login, { email: victim.email, password: "matrix-password-1" }, "", "/login", { headers: { "x-forwarded-for": victimAddress } });
  expect(sessionCookieFrom(signedIn)).toContain("session-token=");
});

test("after sign-in, returnTo never leads to another site", async () => {
  const user = await registerAs("seek");
  for (const returnTo of ["/.//evil.example", "//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/\t/evil.example", "https:evil.example"]) {
    const signedIn = await post("app/(auth)/actions.ts#login", { email: user.email, password: "matrix-password-1", returnTo }, "", "/login");
    const target = new URL(signedIn.headers.get("x-action-redirect")!.split(";")[0]!, base);
    expect(target.host, returnTo).toBe(new URL(base).host);
    expect(target.pathname, returnTo).toBe("/");
  }
  const kept = await post("app/(auth)/actions.ts#login", { email: user.email, password: "matrix-password-1", returnTo: "/copilot" }, "", "/login");
  expect(new URL(kept.headers.get("x-action-redirect")!.split(";")[0]!, base).pathname).toBe("/copilot");
});
