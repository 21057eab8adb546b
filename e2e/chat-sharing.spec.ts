import { expect, test, type Browser, type Page } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { signedInHr, signedInSeeker } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";
import { base, registerAs } from "./support/server-actions";

const lastAnswer = (page: Page) => page.getByRole("article", { name: "Answer" }).last();

async function visitor(browser: Browser) {
  const context = await browser.newContext({ baseURL: base });
  return context.newPage();
}

test("an 'Ask my CV' link: on, a visitor asks, the owner sees the question, another visitor sees nothing of it, replaced and off links are refused", async ({
  page,
  browser,
  request,
}) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles(corpusFile("resumes/jane-smith_minimal.docx"));
  await expect(page).toHaveURL(/\/copilot\/cvs\/[a-z0-9]+$/);
  await page.goto("/chat");
  await page.getByRole("link", { name: /^Share jane-smith_minimal/ }).click();
  await expect(page.getByRole("heading", { name: "The link is off" })).toBeVisible();
  await page.getByRole("button", { name: "Turn the link on" }).click();
  const link = page.getByLabel("Link to share");
  await expect(link).toHaveValue(/\/ask\/[\w-]+$/);
  const url = await link.inputValue();
  expect(await seriousViolations(page)).toEqual([]);

  const first = await visitor(browser);
  await first.goto(url);
  await expect(first.getByRole("note")).toContainText("Your questions are shown to the owner of this CV.");
  expect(await seriousViolations(first)).toEqual([]);
  await request.post(`${stubUrl}/__stub/reset`);
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: "The CV does not say when she could start." }] });
  await first.getByLabel("Your question").fill("When could she start a new job?");
  await first.keyboard.press("Enter");
  await expect(lastAnswer(first)).toContainText("The CV does not say when she could start.");
  // The visitor's conversation survives their reload.
  await first.reload();
  await expect(lastAnswer(first)).toContainText("The CV does not say when she could start.");

  const second = await visitor(browser);
  await second.goto(url);
  await expect(second.getByLabel("Your question")).toBeVisible();
  await expect(second.getByText("When could she start a new job?")).toHaveCount(0);
  await expect(second.getByRole("article", { name: "Answer" })).toHaveCount(0);

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Questions visitors asked" }).or(page.locator("section", { hasText: "Questions visitors asked" })),
  ).toContainText("When could she start a new job?");

  await page.getByRole("button", { name: "Replace with a new link" }).click();
  await expect(link).not.toHaveValue(url);
  const replaced = await link.inputValue();
  await first.goto(url);
  await expect(first.getByRole("heading", { name: "This link is not active" })).toBeVisible();
  const refused = await first.request.post(`${url.replace("/ask/", "/api/ask/")}`, {
    data: { trigger: "submit-message", question: { id: "visitor-question-1", text: "Still there?" } },
    headers: { origin: base },
  });
  expect(refused.status()).toBe(404);
  await second.goto(replaced);
  await expect(second.getByLabel("Your question")).toBeVisible();

  await page.getByRole("button", { name: "Turn the link off" }).click();
  await expect(page.getByRole("heading", { name: "The link is off" })).toBeVisible();
  await second.goto(replaced);
  await expect(second.getByRole("heading", { name: "This link is not active" })).toBeVisible();
});

test("HR asks about a candidate's CV uploaded into the organisation; another organisation and a job seeker cannot reach it", async ({ page, request }) => {
  await signedInHr(page);
  await page.goto("/chat/candidates");
  await page.getByLabel("Candidate CV file").setInputFiles(corpusFile("resumes/john-doe-backend_chrome-sidebar.pdf"));
  const ask = page.getByRole("link", { name: /Ask about this CV/ }).first();
  await expect(ask).toBeVisible();
  const cvId = new URL((await ask.getAttribute("href"))!, base).searchParams.get("cv")!;
  await ask.click();
  await page.getByRole("button", { name: "Start the conversation" }).click();
  await expect(page).toHaveURL(/\/chat\/c[a-z0-9]+$/);
  const conversationUrl = page.url();
  const conversationId = conversationUrl.split("/").pop()!;
  await request.post(`${stubUrl}/__stub/reset`);
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: "The CV does not say whether he has managed people." }] });
  await page.getByLabel("Your question").fill("Has he managed people?");
  await page.keyboard.press("Enter");
  await expect(lastAnswer(page)).toContainText("The CV does not say whether he has managed people.");

  const otherOrg = await registerAs("hire", { organizationName: "Other Org" });
  const seeker = await registerAs("seek");
  for (const cookie of [otherOrg.cookie, seeker.cookie]) {
    expect((await fetch(`${base}/chat/new?cv=${cvId}`, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(conversationUrl, { headers: { cookie } })).status).toBe(404);
    const posted = await fetch(`${base}/api/chat/${conversationId}`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ trigger: "submit-message", question: { id: "intruder-question-1", text: "Hello?" } }),
    });
    expect(posted.status).toBe(404);
    expect((await fetch(`${base}/api/chat/${conversationId}/stream`, { headers: { cookie } })).status).toBe(404);
  }
  const chat = await fetch(`${base}/chat`, { headers: { cookie: otherOrg.cookie } });
  expect(await chat.text()).not.toContain("john-doe-backend");
});
