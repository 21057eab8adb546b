import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { corpusFile } from "./support/corpus";
import { base, post, registerAs } from "./support/server-actions";
import { jobDescriptionInput } from "./support/job-description";

// `next start` with no proxy in front: pages and their scripts go compressed, a token stream does
// not (it is marked no-transform), and the stream still arrives in pieces rather than all at the end.
const acceptEncoding = { "accept-encoding": "gzip, deflate, br" };

test("a page and its scripts are sent compressed", async () => {
  const page = await fetch(`${base}/login`, { headers: acceptEncoding });
  expect(page.status).toBe(200);
  expect(page.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
  const html = await page.text();
  const script = /"(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, "the login page loads a script chunk").toBeTruthy();
  const chunk = await fetch(`${base}${script}`, { headers: acceptEncoding });
  expect(chunk.status).toBe(200);
  expect(chunk.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
});

test("a chat answer streams uncompressed, in pieces", async () => {
  const { cookie } = await registerAs("seek");
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "jane.docx");
  const upload = await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie, origin: base } });
  expect(upload.status).toBeLessThan(300);
  const { id: cvId } = (await upload.json()) as { id: string };
  const started = await post("app/(app)/chat/actions.ts#startConversation", { cvId }, cookie, "/chat/new");
  const conversation = /\/chat\/([a-z0-9]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
  expect(conversation, "startConversation redirects to the conversation").toBeTruthy();

  const answer = await fetch(`${base}/api/chat/${conversation}`, {
    method: "POST",
    headers: { ...acceptEncoding, cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify({ trigger: "submit-message", question: { id: "question-1", text: "Which skills does this CV list?" } }),
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get("content-encoding")).toBeNull();
  expect(answer.headers.get("cache-control")).toContain("no-transform");
  let pieces = 0;
  let text = "";
  const decoder = new TextDecoder();
  const reader = answer.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pieces++;
    text += decoder.decode(read.value, { stream: true });
  }
  expect(text).toContain('"type":"text-delta"');
  expect(pieces, "the answer arrived as several network reads").toBeGreaterThan(1);
});

test("a document written by a server action streams uncompressed, in pieces", async () => {
  const { cookie } = await registerAs("hire");

  const started = await post(
    "app/(app)/tools/actions.ts#generateDocument",
    { tool: "job-description", input: jobDescriptionInput("Compression Engineer"), modelId: "offline:draft" },
    cookie,
    "/tools/job-description",
    { headers: acceptEncoding },
  );
  expect(started.status).toBe(200);
  expect(started.headers.get("content-encoding")).toBeNull();
  let pieces = 0;
  let text = "";
  const decoder = new TextDecoder();
  const reader = started.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pieces++;
    text += decoder.decode(read.value, { stream: true });
  }
  expect(text).toContain('"type":"done"');
  expect(pieces, "the document arrived as several network reads").toBeGreaterThan(1);
});
