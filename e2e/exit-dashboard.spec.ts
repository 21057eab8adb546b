import fs from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { setSessionCookie } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { readPdfDownload } from "./support/pdf";
import { call, registerAs, rememberSecret, uniqueEmail } from "./support/server-actions";

// HR's side of exit interviews: create one through the form, watch completed interviews reach the
// dashboard's charts and tables, see groups below the anonymity threshold suppressed, export the CSV
// and the PDF report, and check another organisation cannot open them. Employees answer through the
// same routes their interview page calls.

const createAction = "app/(app)/exit-interviews/actions.ts#startExitInterview";
const k = 5; // the organisation's default threshold

const specificAnswers = [
  "I am leaving because my pay stayed below the market rate for three years, and the last raise was cancelled.",
  "The role matched what I was hired for, and I liked the customer work a lot.",
  "My manager cancelled most of our one-to-ones and never gave me feedback on my projects.",
  "The team was supportive and we helped each other through the busy quarters.",
  "There was no clear path to a senior role, and promotions went to people outside the team.",
  "The salary was below what competitors offered and the bonus scheme was unclear.",
  "The workload was heavy every quarter end, with weekend work expected.",
  "A fair raise and regular one-to-ones with my manager would have kept me here.",
  "I would recommend the team to a friend, but not the pay.",
  "I would come back if the pay and the management improved.",
];

const base = {
  employeeEmail: "",
  department: "Sales",
  role: "Account executive",
  manager: "Morgan Lead",
  startDate: "2022-01-10",
  lastDay: "2026-11-20",
  reason: "voluntary",
  regrettable: true,
  language: "en",
  mode: "ATTRIBUTED",
  linkDays: 14,
};

async function createThroughAction(cookie: string, fields: Record<string, unknown>) {
  const result = await call(createAction, { ...base, employeeEmail: uniqueEmail("leaver"), ...fields }, cookie);
  expect(result, "interview created").toMatchObject({ ok: true });
  const token = String(result.data!.token);
  rememberSecret(token);
  return { id: String(result.data!.id), token };
}

/** The employee consents and answers every question through their link's routes, as their page does. */
async function answerEverything(request: APIRequestContext, token: string) {
  let view = await (await request.post(`/api/exit/${token}/consent`)).json();
  for (let i = 0; view.phase === "interview" && i < 40; i++) {
    const response = await request.post(`/api/exit/${token}/answer`, {
      data: { turn: view.turn, text: specificAnswers[i % specificAnswers.length], secondsSpent: 20 + i },
    });
    expect(response.ok(), await response.text()).toBe(true);
    view = await response.json();
  }
  expect(view.phase).toBe("done");
}

async function fillForm(page: Page, fields: { name: string; email: string; department: string }) {
  await page.goto("/exit-interviews/new");
  await page.getByRole("textbox", { name: "Employee's name" }).fill(fields.name);
  await page.getByRole("textbox", { name: "Employee's email" }).fill(fields.email);
  await page.getByRole("textbox", { name: "Department" }).fill(fields.department);
  await page.getByRole("textbox", { name: "Role", exact: true }).fill("Account executive");
  await page.getByRole("textbox", { name: "Manager" }).fill("Morgan Lead");
  await page.getByLabel("Start date").fill("2022-01-10");
  await page.getByLabel("Last day").fill("2026-11-20");
  await page.getByLabel("Reason for leaving").selectOption("voluntary");
  await page.getByRole("checkbox", { name: /^Regrettable loss/ }).check();
  await page.getByLabel("Interview language").selectOption("en");
  await page.getByRole("radio", { name: /^Attributed/ }).check();
  await page.getByLabel("Link works for (days)").fill("10");
  await page.getByRole("button", { name: "Create interview link" }).click();
}

/** Splits the export's rows; every field is quoted, so a field is what lies between `","`. */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\ufeff/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((row) =>
      row
        .slice(1, -1)
        .split('","')
        .map((f) => f.replaceAll('""', '"')),
    );
}

test("HR creates interviews, sees them on the dashboard with suppressed small groups, exports CSV and PDF; another organisation cannot see them", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const hr = await registerAs("hire", { organizationName: "Acme Analytics" });
  await setSessionCookie(page.context(), hr.cookie);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);

  // Through the form: the link is shown once, and Copy puts it on the clipboard.
  const formulaName = '=HYPERLINK("http://evil.example") Quinn';
  await fillForm(page, { name: formulaName, email: uniqueEmail("quinn"), department: "Sales" });
  const linkBox = page.getByRole("textbox", { name: "Interview link" });
  await expect(linkBox).toBeVisible();
  const link = await linkBox.inputValue();
  expect(link).toMatch(/\/exit\/[\w-]{43}$/);
  const formToken = link.split("/exit/")[1]!;
  rememberSecret(formToken);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // This server has no SMTP settings, so the link cannot be emailed from here.
  await expect(page.getByRole("button", { name: "Email the link" })).toHaveCount(0);
  await answerEverything(request, formToken);

  // Six more in Sales (seven in all, at least k), one in Legal (below k) and one involuntary, all attributed.
  for (let i = 0; i < 5; i++) await answerEverything(request, (await createThroughAction(hr.cookie, { employeeName: `Sales Person ${i}` })).token);
  const legal = await createThroughAction(hr.cookie, { employeeName: "Lee Legal", department: "Legal" });
  await answerEverything(request, legal.token);
  const fired = await createThroughAction(hr.cookie, { employeeName: "Ira Involuntary", reason: "involuntary" });
  await answerEverything(request, fired.token);
  const total = 8;

  await page.goto("/exit-interviews");
  for (const chart of [
    "Exits over time",
    "Reasons",
    "Sentiment by department",
    "Top themes",
    "What would have kept them",
    "Reached each area",
    "Time spent per question",
  ])
    await expect(page.getByRole("heading", { name: chart, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Completion rate: 100%$/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Reasons for leaving:/ })).toBeVisible();
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
    expect(await seriousViolations(page), `dashboard (${theme})`).toEqual([]);
  }

  // Reasons: one involuntary exit is fewer than k, and the voluntary count is hidden with it, or the total would give it away.
  await page.getByText("Data table: Reasons").click();
  const reasons = page.getByRole("table", { name: "Reasons" });
  await expect(reasons.getByRole("row", { name: /Involuntary/ })).toContainText(`fewer than ${k}`);
  await expect(reasons.getByRole("row", { name: /Voluntary/ })).toContainText("hidden to protect a smaller group");
  // Exits over time: all eight left in the same month.
  await page.getByText("Data table: Exits over time").click();
  await expect(
    page
      .getByRole("table", { name: "Exits over time" })
      .getByRole("row", { name: /Nov 2026/ })
      .getByRole("cell"),
  ).toHaveText(String(total));
  // Sentiment by department: Legal's one person is suppressed in every cell.
  await page.getByText("Data table: Sentiment by department").click();
  const legalRow = page.getByRole("table", { name: "Sentiment by department" }).getByRole("row", { name: /Legal/ });
  await expect(legalRow).toContainText(`fewer than ${k}`);
  await expect(legalRow).not.toContainText(/\b1\b/);

  await expect(page.getByRole("link", { name: "Lee Legal" })).toBeVisible();

  // Filtered to Legal: the charts describe one person, so every number is suppressed. The last-day
  // range is whole months: a range of days could hold one person's last day.
  await page.getByRole("combobox", { name: "Department" }).selectOption("Legal");
  await page.getByLabel("Last day from (month)").fill("2026-11");
  await page.getByLabel("Last day to (month)").fill("2026-11");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/department=Legal/);
  await expect(page).toHaveURL(/from=2026-11&to=2026-11(&|$)/);
  await page.getByText("Data table: Exits over time").click();
  await expect(page.getByRole("table", { name: "Exits over time" }).getByRole("row", { name: /Nov 2026/ })).toContainText(`fewer than ${k}`);

  // CSV: the list and the charts, no live formula.
  await page.goto("/exit-interviews");
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await fs.readFile(await (await csvDownload).path(), "utf8");
  const rows = csvRows(csv);
  for (const field of rows.flat())
    expect(
      ["=", "+", "-", "@", "\t", "\r"].some((c) => field.startsWith(c)),
      field,
    ).toBe(false);
  expect(rows.some((r) => r[0] === `'${formulaName}`)).toBe(true);
  expect(rows.find((r) => r[0] === "Reasons" && r[1] === "Involuntary")?.[2]).toBe(`fewer than ${k}`);
  expect(rows.find((r) => r[0] === "Interviews")?.[2]).toBe(String(total));

  // One confidential interview beside the listed ones: any total minus the list would describe that
  // one person, so it is not listed and no total or chart is shown, on the page or in the CSV.
  const confidential = await createThroughAction(hr.cookie, { employeeName: "Casey Confidential", mode: "CONFIDENTIAL" });
  await answerEverything(request, confidential.token);
  await page.reload();
  await expect(page.getByText(`Fewer than ${k} confidential interviews match`)).toBeVisible();
  await expect(page.getByText(`These interviews include fewer than ${k} confidential ones, so no totals or charts are shown`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reasons", exact: true })).toHaveCount(0);
  await expect(page.getByText("Casey Confidential")).toHaveCount(0);
  const withheldCsv = await (await page.request.get("/api/exit-interviews/export")).text();
  expect(withheldCsv).not.toContain("Casey Confidential");
  expect(csvRows(withheldCsv).some((r) => r[0] === "Interviews" || r[0] === "Reasons")).toBe(false);

  // The detail view and its PDF report.
  await page.getByRole("link", { name: "Lee Legal" }).click();
  await expect(page.getByRole("heading", { name: "Exit interview: Lee Legal" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Transcript" })).toBeVisible();
  await expect(page.getByText(specificAnswers[0]!).first()).toBeVisible();
  const detailUrl = page.url();
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF report" }).click();
  const pdf = await readPdfDownload(await pdfDownload);
  expect(pdf.header).toBe("%PDF-");
  expect(pdf.text).toContain("Exit interview: Lee Legal");
  expect(pdf.text).toContain("Transcript");
  expect(pdf.text).toContain("cancelled most of our one-to-ones");

  // Another organisation's HR: the interview does not exist for them, and their dashboard and CSV are empty of it.
  const other = await registerAs("hire", { organizationName: "Globex" });
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await setSessionCookie(otherContext, other.cookie);
  const response = await otherPage.goto(detailUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await otherPage.goto("/exit-interviews");
  await expect(otherPage.getByText("No exit interviews yet")).toBeVisible();
  const otherCsv = await (await otherPage.request.get("/api/exit-interviews/export")).text();
  expect(otherCsv).not.toContain("Lee Legal");
  await otherContext.close();
});

test("a job seeker gets the forbidden message and the export refuses them", async ({ page }) => {
  const seeker = await registerAs("seek", {});
  await setSessionCookie(page.context(), seeker.cookie);
  await page.goto("/exit-interviews");
  await expect(page.getByText("Only an organisation's HR and admins can see its exit interviews.")).toBeVisible();
  expect((await page.request.get("/api/exit-interviews/export")).status()).toBe(403);
});

test("HR issues a new link, which stops the old one, and withdraws it", async ({ page, request }) => {
  const hr = await registerAs("hire", { organizationName: "Acme Analytics" });
  await setSessionCookie(page.context(), hr.cookie);
  const { id, token: first } = await createThroughAction(hr.cookie, { employeeName: "Rene Reissue" });

  await page.goto(`/exit-interviews/${id}`);
  await page.getByRole("button", { name: "Issue a new link" }).click();
  const second = (await page.getByRole("textbox", { name: "Interview link" }).inputValue()).split("/exit/")[1]!;
  rememberSecret(second);
  expect(second).not.toBe(first);
  expect((await request.post(`/api/exit/${first}/consent`)).status()).toBe(404);

  await page.getByRole("button", { name: "Withdraw the link" }).click();
  await expect(page.getByText("The link was withdrawn: it no longer opens the interview.")).toBeVisible();
  expect((await request.post(`/api/exit/${second}/consent`)).status()).toBe(404);
});

test("confidential interviews are only counted from k of them, never listed or shown one by one", async ({ page, request }) => {
  const hr = await registerAs("hire", { organizationName: "Acme Analytics" });
  await setSessionCookie(page.context(), hr.cookie);
  const first = await createThroughAction(hr.cookie, { employeeName: "Conf Person 0", mode: "CONFIDENTIAL" });
  await answerEverything(request, first.token);

  // One confidential interview: not listed, not counted, and its own page (HR knows whose it is) shows nothing of it.
  await page.goto("/exit-interviews");
  await expect(page.getByText(`Fewer than ${k} confidential interviews match`)).toBeVisible();
  await expect(page.getByText(`These interviews include fewer than ${k} confidential ones, so no totals or charts are shown`)).toBeVisible();
  await page.goto(`/exit-interviews/${first.id}`);
  await expect(page.getByRole("heading", { name: "Confidential exit interview" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Transcript" })).toHaveCount(0);
  await expect(page.getByText(/Conf Person|Morgan Lead/)).toHaveCount(0);

  for (let i = 1; i < k; i++)
    await answerEverything(request, (await createThroughAction(hr.cookie, { employeeName: `Conf Person ${i}`, mode: "CONFIDENTIAL" })).token);
  await page.goto("/exit-interviews");
  await expect(page.getByText(`${k} confidential interviews match`)).toBeVisible();
  await expect(page.getByText(/Conf Person/)).toHaveCount(0);
  // From k of them, the charts count them.
  await page.getByText("Data table: Exits over time").click();
  await expect(
    page
      .getByRole("table", { name: "Exits over time" })
      .getByRole("row", { name: /Nov 2026/ })
      .getByRole("cell"),
  ).toHaveText(String(k));
  // Even from k of them, each one's page still shows nothing of it.
  await page.goto(`/exit-interviews/${first.id}`);
  await expect(page.getByRole("heading", { name: "Transcript" })).toHaveCount(0);
  await expect(page.getByText(/Conf Person|Morgan Lead/)).toHaveCount(0);

  // Searching by name never finds confidential interviews.
  await page.goto("/exit-interviews?q=Conf");
  await expect(page.getByText(/Conf Person/)).toHaveCount(0);
});

test("the organisation's admin sets the thresholds within bounds, and the charts follow them", async ({ page, request }) => {
  const admin = await registerAs("hire", { organizationName: "Acme Analytics" });
  await setSessionCookie(page.context(), admin.cookie);
  for (let i = 0; i < 2; i++) await answerEverything(request, (await createThroughAction(admin.cookie, { employeeName: `Small Group ${i}` })).token);

  await page.goto("/exit-interviews");
  await page.getByText("Data table: Exits over time").click();
  const november = page.getByRole("table", { name: "Exits over time" }).getByRole("row", { name: /Nov 2026/ });
  await expect(november).toContainText(`fewer than ${k}`);

  const numbers = page.getByRole("spinbutton", { name: "Smallest group for numbers" });
  await numbers.fill("1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Choose a whole number from 2 to 50.")).toBeVisible();
  await numbers.fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.reload();
  await page.getByText("Data table: Exits over time").click();
  await expect(
    page
      .getByRole("table", { name: "Exits over time" })
      .getByRole("row", { name: /Nov 2026/ })
      .getByRole("cell"),
  ).toHaveText("2");
  await expect(page.getByRole("table", { name: "Exits over time" })).not.toContainText("fewer than");
});
