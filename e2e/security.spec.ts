import { expect, test } from "@playwright/test";
import { registerHr } from "./support/accounts";
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
    const scriptNonce = await page.locator("script[nonce]").first().evaluate((s) => (s as HTMLScriptElement).nonce);
    expect(csp).toContain(`'nonce-${scriptNonce}'`);
  }
  expect(nonces.size).toBe(2);

  // The whole flow, including the PDF and DOCX writers loaded on demand, runs without a CSP violation.
  await registerHr(page);
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
