import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import mammoth from "mammoth";
import { toolSlugs, tools } from "@/lib/tools/registry";
import { signedInHr } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { documentArticle, statusLine } from "./support/job-description";
import { readPdfDownload } from "./support/pdf";
import { toolBriefs } from "./support/tool-briefs";

for (const slug of toolSlugs) {
  for (const model of [/^Offline draft/, /^Ollama · llama3\.2$/]) {
    test(`${tools[slug].name} (${model.source.includes("Offline") ? "offline engine" : "Ollama stub"}): generate, export PDF, DOCX and Markdown, read them back`, async ({
      page,
    }) => {
      await signedInHr(page);
      await page.goto(`/tools/${slug}`);
      await expect(page.getByRole("heading", { level: 1, name: tools[slug].name })).toBeVisible();
      const labels = await page.getByLabel("Model").locator("option").allTextContents();
      await page.getByLabel("Model").selectOption({ label: labels.find((l) => model.test(l))! });
      const { marker, fill } = toolBriefs[slug];
      await fill(page, marker);
      await page.getByRole("button", { name: "Generate" }).click();
      await expect(statusLine(page)).toHaveText(/Saved to history/, { timeout: 60_000 });
      await expect(documentArticle(page)).toContainText(marker);
      expect(await seriousViolations(page)).toEqual([]);

      const pdfDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download PDF" }).click();
      const pdf = await readPdfDownload(await pdfDownload);
      expect(pdf.header).toBe("%PDF-");
      expect(pdf.text).toContain(marker);

      const docxDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download DOCX" }).click();
      const docx = await docxDownload;
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
      const { value: docxText } = await mammoth.extractRawText({ path: await docx.path() });
      expect(docxText).toContain(marker);

      const mdDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download Markdown" }).click();
      const markdown = await fs.readFile(await (await mdDownload).path(), "utf8");
      expect(markdown.startsWith("# ")).toBe(true);
      expect(markdown).toContain(marker);
    });
  }
}
