// Time to first token of the resume chat, added by the app: N chats asked at once (each in its own
// conversation) through the real route handler of the production build, against the stub LLM with a
// fixed time to first token, compared with asking the stub directly.
import fs from "node:fs";
import path from "node:path";
import { benchDatabase, registerAccount, startNextServer, startStubProcess, waitForHealth } from "./bench-server.mjs";
import { actionId, callAction } from "./server-actions.mjs";

const STUB_TTFT_MS = 200;
const TOKEN_DELAY_MS = 10;
const reply = "Sam worked at Acme Corp from 2018 to 2021 [L4], where they built the billing system in Go [L5].";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Reads a streamed response to its end; returns when the first chunk matching `isToken` arrived. */
async function timed(started: number, response: Response, isToken: (text: string) => boolean) {
  const decoder = new TextDecoder();
  let text = "";
  let first: number | undefined;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    text += decoder.decode(chunk, { stream: true });
    if (first === undefined && isToken(text)) first = performance.now() - started;
  }
  if (first === undefined) throw new Error(`no text arrived: ${text.slice(0, 300)}`);
  return first;
}

export type ChatTtft = Record<string, { directP50: number; appP50: number; appP95: number; addedP50: number; addedP95: number; samples: number }>;

export async function measureChatTtft({ root, cvFile, levels, rounds }: { root: string; cvFile: string; levels: number[]; rounds: number }): Promise<ChatTtft> {
  const port = Number(process.env.BENCH_PORT ?? 3202);
  const base = `http://127.0.0.1:${port}`;
  const stub = await startStubProcess({ root, port: port + 1000, ttftMs: STUB_TTFT_MS, tokenDelayMs: TOKEN_DELAY_MS });
  const db = await benchDatabase();
  const server = startNextServer({
    root,
    port,
    env: {
      ...db.env,
      AUTH_SECRET: "bench-secret-0123456789-0123456789-abcdef",
      GROQ_API_KEY: "bench-key",
      GROQ_BASE_URL: `${stub.url}/openai/v1`,
      LLM_CHAIN: "groq",
      RATE_LIMIT_CHAT_PER_MINUTE: "100000",
    },
  });
  try {
    await waitForHealth(base);
    const cookie = await registerAccount(root, base, { accountType: "seek" });
    const form = new FormData();
    form.set("file", new Blob([fs.readFileSync(cvFile)]), path.basename(cvFile));
    const { id: cvId } = (await (await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie, origin: base } })).json()) as { id: string };
    const start = actionId(root, "app/(app)/chat/actions.ts", "startConversation");
    const conversations: string[] = [];
    for (let i = 0; i < Math.max(...levels); i++) {
      const started = await callAction(base, "/chat", start, [{ cvId }], cookie);
      const id = /\/chat\/([a-z0-9]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
      if (!id) throw new Error(`no conversation was started: ${started.status}`);
      conversations.push(id);
    }
    let asked = 0;
    const ask = async (conversationId: string) => {
      await fetch(`${stub.url}/__stub/queue`, { method: "POST", body: JSON.stringify([{ reply }]) });
      const started = performance.now();
      const response = await fetch(`${base}/api/chat/${conversationId}`, {
        method: "POST",
        headers: { cookie, origin: base, "content-type": "application/json" },
        body: JSON.stringify({ trigger: "submit-message", question: { id: `bench-question-${++asked}`, text: "Where did Sam work?" } }),
      });
      if (!response.ok) throw new Error(`the chat answered ${response.status}: ${await response.text()}`);
      return timed(started, response, (text) => /"type":"text-delta","id":"answer","delta":"[^"]/.test(text));
    };
    const direct = async () => {
      const started = performance.now();
      const response = await fetch(`${stub.url}/openai/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer bench-key" },
        body: JSON.stringify({ model: "llama-3.3-70b-versatile", stream: true, messages: [{ role: "user", content: "Where did Sam work?" }] }),
      });
      return timed(started, response, (text) => /"content":"[^"]/.test(text));
    };
    // Warm up as a running server would be: compiled code, a full database pool, cached prompts.
    for (let i = 0; i < 3; i++) await ask(conversations[0]!);
    const results: ChatTtft = {};
    for (const n of levels) {
      const app: number[] = [];
      const directs: number[] = [];
      for (let r = 0; r < rounds; r++) {
        directs.push(...(await Promise.all(Array.from({ length: n }, direct))));
        app.push(...(await Promise.all(conversations.slice(0, n).map(ask))));
      }
      const directP50 = percentile(directs, 50);
      const added = app.map((ms) => ms - directP50);
      results[`n${n}`] = {
        directP50: round1(directP50),
        appP50: round1(percentile(app, 50)),
        appP95: round1(percentile(app, 95)),
        addedP50: round1(percentile(added, 50)),
        addedP95: round1(percentile(added, 95)),
        samples: app.length,
      };
    }
    return results;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await stub.close();
    await db.drop().catch(() => undefined);
  }
}
