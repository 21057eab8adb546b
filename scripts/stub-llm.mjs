// A stand-in LLM server for tests and benchmarks. It speaks Ollama's NDJSON (/api/chat, /api/tags)
// and Groq's OpenAI-compatible SSE (/openai/v1/chat/completions, /openai/v1/models), so the real
// provider code runs against it.
//
//   node scripts/stub-llm.mjs [--port 11999] [--ttft-ms 0] [--token-delay-ms 5]
//
// Behaviour is chosen per request, by a word in the model name or from a queue (POST /__stub/queue
// ["fail-429","ok"] applies to the next requests in order; an entry {"reply":"…"} answers with exactly
// that text, for structured outputs and for model answers that tests want to control):
//   ok         answer normally               fail-429   429 with Retry-After (--retry-after, default 1 s)
//   fail-500   500                           stall      a few tokens, then silence until the client leaves
//   malformed  a few tokens, then garbage    reset      drop the connection without answering
//   cut-off    a few tokens, then the connection drops
//   think      <think>…</think> before the answer (what deepseek-r1 does)
//   slow       150 ms between tokens
// GET /__stub/stats lists the requests seen (`json`: the client asked for the provider's JSON mode);
// POST /__stub/reset clears stats and queue.
import http from "node:http";
import { pathToFileURL } from "node:url";

const modes = ["fail-429", "fail-500", "stall", "malformed", "reset", "cut-off", "think", "slow"];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A readable reply built from the brief, so tests can find their own inputs in the document. */
export function stubReply(messages) {
  const last = [...(messages ?? [])].reverse().find((m) => m.role === "user");
  const content = typeof last?.content === "string" ? last.content : (last?.content ?? []).map((p) => p.text ?? "").join("");
  const brief = /<([a-z]+)>([\s\S]*?)<\/\1>/.exec(content)?.[2] ?? content;
  const lines = brief
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const title =
    lines
      .find((l) => l.startsWith("Job title:"))
      ?.slice("Job title:".length)
      .trim() || "Stub answer";
  const body = lines
    .slice(0, 30)
    .map((l) => `- ${l}`)
    .join("\n");
  return `# ${title}\n\nThis document was written by the stub model.\n\n## Brief\n\n${body}\n\nEnd of the stub answer.\n`;
}

// Each word with the spaces before it; a run of spaces is read from its start only.
export const tokenize = (text) => text.match(/(?<!\s)\s*\S+/g) ?? [];

async function readJson(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body ? JSON.parse(body) : {};
}

export function startStubLlm({ port = 0, ttftMs = 0, tokenDelayMs = 5, retryAfterSeconds = 1, log = false } = {}) {
  const queue = [];
  const requests = [];
  // deepseek-r1 always thinks aloud first, as the real model does.
  const pick = (model, messages) => {
    const queued = queue.shift();
    if (queued && typeof queued === "object") return { mode: queued.mode ?? "ok", text: String(queued.reply ?? "") };
    const mode = queued ?? modes.find((m) => String(model ?? "").includes(m)) ?? (String(model ?? "").startsWith("deepseek-r1") ? "think" : "ok");
    return { mode, text: stubReply(messages) };
  };

  async function streamTokens(req, res, mode, text, write) {
    const tokens = tokenize(mode === "think" ? `<think>Considering the brief in private.</think>${text}` : text);
    const delay = mode === "slow" ? 150 : tokenDelayMs;
    let closed = false;
    req.on("close", () => (closed = true));
    res.on("close", () => (closed = true));
    if (ttftMs) await sleep(ttftMs);
    for (const [i, token] of tokens.entries()) {
      if (closed) return false;
      if (i > 0 && delay) await sleep(delay);
      write(token);
      if (i === 3 && mode === "stall") return new Promise(() => undefined); // silence, until the client gives up
      if (i === 3 && mode === "cut-off") {
        req.socket.destroy();
        return false;
      }
      if (i === 3 && mode === "malformed") {
        res.write("this is not json\n");
        res.end();
        return false;
      }
    }
    return !closed;
  }

  async function failEarly(req, res, mode, format) {
    if (mode === "reset") {
      req.socket.destroy();
      return true;
    }
    if (mode === "fail-429") {
      res.writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfterSeconds) });
      res.end(
        JSON.stringify(
          format === "openai" ? { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" } } : { error: "rate limited" },
        ),
      );
      return true;
    }
    if (mode === "fail-500") {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: format === "openai" ? { message: "Internal error", type: "server_error" } : "internal error" }));
      return true;
    }
    return false;
  }

  async function ollamaChat(req, res) {
    const body = await readJson(req);
    const { mode, text } = pick(body.model, body.messages);
    requests.push({ path: "/api/chat", model: body.model, mode, json: Boolean(body.format), at: Date.now() });
    if (await failEarly(req, res, mode, "ollama")) return;
    const base = { model: body.model, created_at: new Date().toISOString() };
    const done = {
      ...base,
      message: { role: "assistant", content: "" },
      done: true,
      done_reason: "stop",
      total_duration: 1,
      load_duration: 1,
      prompt_eval_count: 42,
      prompt_eval_duration: 1,
      eval_count: tokenize(text).length,
      eval_duration: 1,
    };
    if (body.stream === false) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify({ ...done, message: { role: "assistant", content: text } }));
    }
    res.writeHead(200, { "content-type": "application/x-ndjson" });
    const finished = await streamTokens(req, res, mode, text, (t) =>
      res.write(JSON.stringify({ ...base, message: { role: "assistant", content: t }, done: false }) + "\n"),
    );
    if (finished) res.end(JSON.stringify(done) + "\n");
  }

  async function openaiChat(req, res) {
    if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) {
      res.writeHead(401, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: { message: "Invalid API Key", type: "invalid_request_error" } }));
    }
    const body = await readJson(req);
    const { mode, text } = pick(body.model, body.messages);
    requests.push({ path: "/openai/v1/chat/completions", model: body.model, mode, json: Boolean(body.response_format), at: Date.now() });
    if (await failEarly(req, res, mode, "openai")) return;
    const id = "chatcmpl-stub";
    const created = Math.floor(Date.now() / 1000);
    const usage = { prompt_tokens: 42, completion_tokens: tokenize(text).length, total_tokens: 42 + tokenize(text).length };
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created,
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
          usage,
        }),
      );
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const send = (o) => res.write(`data: ${JSON.stringify(o)}\n\n`);
    const chunk = (delta, finish_reason = null) => ({
      id,
      object: "chat.completion.chunk",
      created,
      model: body.model,
      choices: [{ index: 0, delta, finish_reason }],
    });
    send(chunk({ role: "assistant", content: "" }));
    const finished = await streamTokens(req, res, mode, text, (t) => send(chunk({ content: t })));
    if (!finished) return;
    send({ ...chunk({}, "stop"), usage, x_groq: { id: "req_stub", usage } });
    res.end("data: [DONE]\n\n");
  }

  const server = http.createServer(async (req, res) => {
    try {
      if (log) console.error(`[stub-llm] ${req.method} ${req.url}`);
      if (req.method === "GET" && req.url === "/api/tags") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ models: ["llama3.2:latest", "deepseek-r1:8b"].map((name) => ({ name, model: name, size: 1 })) }));
      }
      if (req.method === "GET" && req.url === "/openai/v1/models") {
        if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) return res.writeHead(401).end();
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ object: "list", data: [{ id: "llama-3.3-70b-versatile", object: "model" }] }));
      }
      if (req.method === "POST" && req.url === "/api/chat") return await ollamaChat(req, res);
      if (req.method === "POST" && req.url === "/openai/v1/chat/completions") return await openaiChat(req, res);
      if (req.method === "POST" && req.url === "/__stub/queue") {
        queue.push(...(await readJson(req)));
        return res.writeHead(204).end();
      }
      if (req.method === "POST" && req.url === "/__stub/reset") {
        queue.length = 0;
        requests.length = 0;
        return res.writeHead(204).end();
      }
      if (req.method === "GET" && req.url === "/__stub/stats") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ requests }));
      }
      res.writeHead(404).end("not found");
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });

  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        port: address.port,
        requests,
        queue,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const stub = await startStubLlm({
    port: arg("port", Number(process.env.STUB_LLM_PORT ?? 11999)),
    ttftMs: arg("ttft-ms", 0),
    tokenDelayMs: arg("token-delay-ms", 5),
    retryAfterSeconds: arg("retry-after", 1),
    log: process.argv.includes("--log"),
  });
  console.error(`[stub-llm] listening on ${stub.url}`);
}
