import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { newSession, registerInvited, signedInHr, setSessionCookie } from "./support/accounts";
import { fillJobDescription, newBrief, statusLine } from "./support/job-description";
import { call, invite, registerAs, rememberSecret, uniqueEmail } from "./support/server-actions";
import { toolBriefs } from "./support/tool-briefs";

test("an admin invites a colleague, who joins and shares documents; a role change and a removal apply at once", async ({ page, browser }) => {
  await signedInHr(page, "Ada Admin");
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);

  await page.getByRole("link", { name: "Members" }).click();
  const colleagueEmail = `colleague-${Date.now()}@example.test`;
  const inviteForm = page.getByRole("form", { name: "Invite a colleague" });
  await inviteForm.getByLabel("Colleague's email").fill("not-an-email");
  await inviteForm.getByRole("button", { name: "Create invitation link" }).click();
  await expect(inviteForm.getByText("Enter a valid email address")).toBeVisible();
  await inviteForm.getByLabel("Colleague's email").fill(colleagueEmail);
  await inviteForm.getByRole("button", { name: "Create invitation link" }).click();
  const link = await inviteForm.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  rememberSecret(link.split("/").at(-1)!);
  await expect(page.getByRole("listitem").filter({ hasText: colleagueEmail })).toContainText("valid until");

  // The colleague opens the link in their own browser and signs up with the invited email.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "Join Acme Analytics" })).toBeVisible();
  await expect(colleague.getByLabel("Email")).toHaveValue(colleagueEmail);
  await expect(colleague.getByLabel("I hire")).toHaveCount(0);
  await colleague.getByLabel("Your name").fill("Cole League");
  await colleague.getByLabel("Password").fill("correct-horse-42");
  await colleague.getByRole("button", { name: "Create account" }).click();
  await expect(colleague.getByRole("heading", { name: "HR tools" })).toBeVisible();
  await colleague.goto("/history");
  const shared = colleague.getByRole("link", { name: new RegExp(brief.title) });
  await expect(shared).toContainText("by Ada Admin");
  await expect(colleague.getByRole("link", { name: "Members" })).toHaveCount(0);

  // The link worked once.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await expect(strangerPage.getByText("This invitation has already been used.")).toBeVisible();
  await stranger.close();

  // Promoted to admin: the next page the colleague opens shows the admin pages.
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: colleagueEmail })).toContainText("HR");
  await page.getByLabel("Role of Cole League").selectOption("ADMIN");
  await expect(page.getByRole("listitem").filter({ hasText: colleagueEmail })).toContainText("Admin ·");
  await colleague.goto("/");
  await expect(colleague.getByRole("link", { name: "Members" })).toBeVisible();

  // Removed: their session stays, but the organisation's documents and HR tools are gone.
  await page.getByRole("button", { name: "Remove Cole League" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: colleagueEmail })).toHaveCount(0);
  await colleague.goto("/history");
  await expect(colleague.getByText(brief.title)).toHaveCount(0);
  await colleague.goto("/tools/job-description");
  await expect(colleague.getByText("HR tools are for hiring accounts")).toBeVisible();
  await colleagueContext.close();

  await page.getByRole("link", { name: "Audit log" }).click();
  for (const what of ["Invited a colleague", "Joined the organisation", "Changed a member's role", "Removed a member"]) {
    await expect(page.getByRole("cell", { name: what }).first()).toBeVisible();
  }
  await expect(page.getByRole("cell", { name: `${colleagueEmail} as HR` })).toBeVisible();
});

test("the last admin cannot demote or remove themselves", async ({ page }) => {
  await signedInHr(page, "Solo Admin");
  await page.goto("/admin/members");
  await page.getByLabel("Role of Solo Admin").selectOption("HR");
  await expect(page.getByText("An organisation needs at least one admin.")).toBeVisible();
  await expect(page.getByLabel("Role of Solo Admin")).toHaveValue("ADMIN");
  await page.getByRole("button", { name: "Remove Solo Admin" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByText("An organisation needs at least one admin.").first()).toBeVisible();
});

test("changing the password ends the account's other sessions", async ({ page, browser }) => {
  const account = await signedInHr(page);
  const other = await browser.newContext();
  await setSessionCookie(other, await newSession(account.email, account.password));
  const elsewhere = await other.newPage();
  await elsewhere.goto("/history"); // signed in there too
  await expect(elsewhere.getByRole("heading", { name: "History" })).toBeVisible();

  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(account.password);
  await form.getByLabel("New password").fill("a-new-password-7");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  await page.goto("/history"); // this browser stays signed in
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await elsewhere.goto("/history"); // the other one is sent to sign in
  await expect(elsewhere).toHaveURL(/\/login/);
  await other.close();
});

test("GitHub sign-in shows when configured and hands over to GitHub with this app's client id", async ({ page }) => {
  await page.goto("/login");
  const handover = page.waitForRequest((r) => r.url().startsWith("https://github.com/login/oauth/authorize"));
  await page.route("https://github.com/**", (route) => route.abort());
  await page.getByRole("button", { name: "Continue with GitHub" }).click();
  const url = new URL((await handover).url());
  expect(url.searchParams.get("client_id")).toBe("e2e-github-client");
  expect(url.searchParams.get("redirect_uri")).toMatch(/\/api\/auth\/callback\/github$/);
  await expect(page.getByRole("button", { name: "Continue with Google" })).toHaveCount(0);
});

test("too many invitations in an hour get a 429-style answer; the form keeps what was typed", async ({ page }) => {
  await signedInHr(page, "Busy Admin");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (let i = 0; i < 30; i++) {
    const result = await call("app/(app)/admin/members/actions.ts#inviteMember", { email: `bulk-${i}-${Date.now()}@example.test`, role: "HR" }, cookie);
    expect(result.ok, `invitation ${i + 1}`).toBe(true);
    rememberSecret(String(result.data!.path).split("/").at(-1)!);
  }
  const refused = await call("app/(app)/admin/members/actions.ts#inviteMember", { email: "one-more@example.test", role: "HR" }, cookie);
  expect(refused).toMatchObject({ ok: false, code: "rate_limit:members", retryAfterSeconds: expect.any(Number) });

  await page.goto("/admin/members");
  const form = page.getByRole("form", { name: "Invite a colleague" });
  await form.getByLabel("Colleague's email").fill("kept@example.test");
  await form.getByRole("button", { name: "Create invitation link" }).click();
  await expect(form.getByText("You are sending invitations too quickly")).toBeVisible();
  await expect(form.getByLabel("Colleague's email")).toHaveValue("kept@example.test");
});

test("a member who leaves takes none of the organisation's documents and deleting their account deletes none; the admin sees them by a former member", async ({
  page,
  browser,
}) => {
  const admin = await registerAs("hire");
  const colleagueEmail = uniqueEmail("leaver");
  const colleagueCookie = await registerInvited({ name: "Lee Leaver", email: colleagueEmail, inviteToken: await invite(admin.cookie, colleagueEmail) });
  await setSessionCookie(page.context(), admin.cookie);

  // The colleague writes a job description and a confidential performance review for the organisation.
  const leaverContext = await browser.newContext();
  await setSessionCookie(leaverContext, colleagueCookie);
  const leaver = await leaverContext.newPage();
  const brief = newBrief();
  await fillJobDescription(leaver, brief, /Offline draft/);
  await leaver.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(leaver)).toHaveText(/Saved to history/);
  const reviewed = `Dana Confidential ${Date.now().toString(36)}`;
  await leaver.goto("/tools/performance-review");
  await expect(leaver.getByRole("heading", { level: 1, name: "Performance review" })).toBeVisible();
  const models = await leaver.getByLabel("Model").locator("option").allTextContents();
  await leaver.getByLabel("Model").selectOption({ label: models.find((l) => /^Offline draft/.test(l))! });
  await toolBriefs["performance-review"].fill(leaver, reviewed);
  await leaver.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(leaver)).toHaveText(/Saved to history/, { timeout: 60_000 });
  const reviewTitle = `Performance review — ${reviewed}`;

  await page.goto("/history");
  await expect(page.getByRole("link", { name: new RegExp(reviewTitle) })).toContainText("by Lee Leaver");

  // Removed: their own data export holds none of the organisation's documents.
  await page.goto("/admin/members");
  await page.getByRole("button", { name: "Remove Lee Leaver" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: colleagueEmail })).toHaveCount(0);
  await page.goto("/history");
  await expect(page.getByRole("link", { name: new RegExp(reviewTitle) })).toContainText("by Former member");

  await leaver.goto("/account");
  const download = leaver.waitForEvent("download");
  await leaver.getByRole("link", { name: "Download my data" }).click();
  const exported = await fs.readFile(await (await download).path(), "utf8");
  expect(JSON.parse(exported)).toMatchObject({ email: colleagueEmail, generations: [] });
  expect(exported).not.toContain(reviewed);
  expect(exported).not.toContain(brief.title);

  // They delete their account (with their password); the organisation keeps both documents.
  const deleteForm = leaver.getByRole("form", { name: "Delete account" });
  await deleteForm.getByLabel(`Type ${colleagueEmail} to confirm`).fill(colleagueEmail);
  await deleteForm.getByLabel("Your password").fill("matrix-password-1");
  await deleteForm.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(leaver).toHaveURL(/\/register$/);
  await leaverContext.close();

  await page.goto("/history");
  for (const title of [reviewTitle, brief.title]) await expect(page.getByRole("link", { name: new RegExp(title) })).toContainText("by Former member");
  await page.getByRole("link", { name: new RegExp(reviewTitle) }).click();
  await expect(page.getByText(/by Former member/).first()).toBeVisible();
  await expect(page.getByRole("article", { name: "Generated document" })).toContainText(reviewed);
});
