import { describe, expect, it } from "vitest";
import { InvalidModelOutputError, type ModelRoute, type ModelRun } from "@/lib/ai/model-call";
import { stubModelIds, type StubProvider, type withStubLlm } from "@/lib/ai/testing/stub-models";

type ModelTask<R> = {
  promptId: string;
  /** What a model answers when it does the task well. */
  reply: string;
  run: (route: ModelRoute) => Promise<R>;
  /** Checks that the result was built from `reply`. */
  answered: (result: R) => void;
  /** A task that asks for JSON is also given answers that are not JSON. */
  structured: boolean;
};

const fallbackOf = (provider: StubProvider): StubProvider => (provider === "groq" ? "ollama" : "groq");

/**
 * The failures every task with AI must survive, run through the stub LLM server over HTTP with the
 * real Groq and Ollama providers: each provider first, the other one as fallback.
 */
export function describeModelFailures<R extends { run: ModelRun }>(llm: ReturnType<typeof withStubLlm>, task: ModelTask<R>) {
  const calls = () => llm.stub.requests.map((r) => `${r.path === "/api/chat" ? "ollama" : "groq"}:${r.mode}`);

  describe.each(["groq", "ollama"] as const)("through %s over HTTP", (provider) => {
    const fallback = fallbackOf(provider);

    it("waits for Retry-After on a 429, then the same model answers", async () => {
      llm.stub.queue.push("fail-429", { reply: task.reply });
      const route = llm.route(provider);
      const result = await task.run(route);
      task.answered(result);
      expect(result.run).toMatchObject({ modelId: stubModelIds[provider], promptId: task.promptId, promptVersion: 1, usage: { inputTokens: 42 } });
      expect(route.waits).toEqual([1_000]);
      expect(calls()).toEqual([`${provider}:fail-429`, `${provider}:ok`]);
      // A task that asks for JSON turns on the provider's JSON mode; one that asks for text does not.
      expect(llm.stub.requests.map((r) => r.json)).toEqual([task.structured, task.structured]);
    });

    it("retries a 500, then the other provider answers", async () => {
      llm.stub.queue.push("fail-500", "fail-500", { reply: task.reply });
      const result = await task.run(llm.route(provider));
      task.answered(result);
      expect(result.run.modelId).toBe(stubModelIds[fallback]);
      expect(calls()).toEqual([`${provider}:fail-500`, `${provider}:fail-500`, `${fallback}:ok`]);
    });

    it("fails with unavailable:llm when every model answers 500, so the caller keeps what it had", async () => {
      llm.stub.queue.push("fail-500", "fail-500", "fail-500", "fail-500");
      await expect(task.run(llm.route(provider))).rejects.toMatchObject({ code: "unavailable:llm" });
      expect(calls()).toHaveLength(4);
    });

    it.each(["reset", "cut-off"] as const)("retries the same model when the connection drops (%s), then it answers", async (fault) => {
      llm.stub.queue.push(fault, { reply: task.reply });
      const result = await task.run(llm.route(provider));
      task.answered(result);
      expect(result.run.modelId).toBe(stubModelIds[provider]);
      expect(calls()).toEqual([`${provider}:${fault}`, `${provider}:ok`]);
    });

    it("ends a stream that stalls after its first tokens, then the other provider answers", async () => {
      llm.stub.queue.push("stall", { reply: task.reply });
      const result = await task.run(llm.route(provider, { firstTokenTimeoutMs: 300, idleTimeoutMs: 300 }));
      task.answered(result);
      expect(result.run.modelId).toBe(stubModelIds[fallback]);
      expect(calls()).toEqual([`${provider}:stall`, `${fallback}:ok`]);
    });

    it("drops a stream that breaks off in malformed chunks, then the other provider answers", async () => {
      llm.stub.queue.push("malformed", { reply: task.reply });
      const result = await task.run(llm.route(provider));
      task.answered(result);
      expect(result.run.modelId).toBe(stubModelIds[fallback]);
      expect(calls()).toEqual([`${provider}:malformed`, `${fallback}:ok`]);
    });

    if (!task.structured) return;

    it("repairs JSON wrapped in a code fence and a sentence, without asking again", async () => {
      llm.stub.queue.push({ reply: `Here is the JSON you asked for:\n\`\`\`json\n${task.reply}\n\`\`\`\nAnything else?` });
      task.answered(await task.run(llm.route(provider)));
      expect(calls()).toEqual([`${provider}:ok`]);
    });

    it("asks once more when the answer is not JSON, counting the usage of both calls", async () => {
      llm.stub.queue.push({ reply: "Sure! I will read it carefully." }, { reply: task.reply });
      const result = await task.run(llm.route(provider));
      task.answered(result);
      expect(result.run).toMatchObject({ modelId: stubModelIds[provider], usage: { inputTokens: 84 } });
      expect(calls()).toEqual([`${provider}:ok`, `${provider}:ok`]);
    });

    it("fails with InvalidModelOutputError after a second answer that is not valid, so the caller keeps what it had", async () => {
      llm.stub.queue.push({ reply: "{not json" }, { reply: '{"answer": "not the shape asked for"}' });
      const error = await task.run(llm.route(provider)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidModelOutputError);
      expect(calls()).toEqual([`${provider}:ok`, `${provider}:ok`]);
    });
  });
}
