import { expect, test } from "@playwright/test";
import { signedInHr } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";
import { fillJobDescription, newBrief, openInHistory, statusLine } from "./support/job-description";

test("every page passes axe in light and dark mode", async ({ page }) => {
  const pages: string[] = ["/login", "/register"];
  for (const path of pages) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await signedInHr(page);
  await fillJobDescription(page, newBrief(), /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);
  expect(await seriousViolations(page), "tool page with a document").toEqual([]);
  const documentPath = await openInHistory(page);
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles(corpusFile("resumes/john-doe_openresume-react-pdf.pdf"));
  await expect(page.getByRole("form", { name: "Your profile" })).toBeVisible();
  const cvPath = new URL(page.url()).pathname;
  const cvId = cvPath.split("/").pop()!;
  await page.goto(`/chat/new?cv=${cvId}`);
  await page.getByRole("button", { name: "Start the conversation" }).click();
  await expect(page).toHaveURL(/\/chat\/c[a-z0-9]+$/);
  const conversationPath = new URL(page.url()).pathname;
  await page.getByRole("heading", { name: "Suggested questions" }).locator("xpath=..").getByRole("button").first().click();
  await expect(page.getByRole("article", { name: "Answer" })).toHaveAttribute("aria-busy", "false");

  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    for (const path of [
      "/",
      "/tools",
      "/tools/job-description",
      "/history",
      documentPath,
      "/account",
      "/admin/members",
      "/admin/audit",
      "/copilot",
      cvPath,
      "/chat",
      `/chat/new?cv=${cvId}`,
      conversationPath,
      `/chat/share/${cvId}`,
      "/chat/candidates",
      "/exit-interviews",
      "/does-not-exist",
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      expect(await seriousViolations(page), `${path} (${theme})`).toEqual([]);
    }
  }
});

test("navigation reaches every planned area with no dead links", async ({ page }) => {
  await signedInHr(page);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [link, heading] of [
    ["Dashboard", /Welcome/],
    ["HR tools", "HR tools"],
    ["History", "History"],
    ["Job Copilot", "Job Copilot"],
    ["Chat", "Chat"],
    ["Exit interviews", "Exit interviews"],
  ] as const) {
    await nav.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
});
