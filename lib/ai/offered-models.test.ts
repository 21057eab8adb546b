import { beforeAll, describe, expect, it } from "vitest";
import { withStubLlm } from "@/lib/ai/testing/stub-models";

// The runtime reads its configuration from the environment once; point it at the stub first.
const llm = withStubLlm();
let runtime: typeof import("@/lib/ai/runtime");

beforeAll(async () => {
  process.env.GROQ_API_KEY = "test-key";
  process.env.GROQ_BASE_URL = `${llm.stub.url}/openai/v1`;
  process.env.OLLAMA_BASE_URL = llm.stub.url;
  process.env.OLLAMA_MODEL = "llama3.2";
  runtime = await import("@/lib/ai/runtime");
});

describe("only models the operator offers can be called", () => {
  it("offers the configured Groq model, every installed Ollama model and the offline engine", async () => {
    await expect(runtime.assertOfferedModel("groq:llama-3.3-70b-versatile")).resolves.toBeUndefined();
    await expect(runtime.assertOfferedModel("ollama:deepseek-r1:8b")).resolves.toBeUndefined();
    await expect(runtime.assertOfferedModel("offline:draft")).resolves.toBeUndefined();
  });

  it("refuses made-up ids without calling any model or touching a breaker", async () => {
    for (const id of ["groq:gpt-4o", "ollama:not-installed", "ollama:llama3.2:70b", "groq:off", "ollama:off"]) {
      await expect(runtime.assertOfferedModel(id), id).rejects.toMatchObject({ code: "bad_request:llm" });
    }
    expect(llm.stub.requests).toEqual([]); // no chat request reached the stub
    expect(runtime.getAiRuntime().breakers.size).toBe(0);
  });

  it("lets one-off tasks pick answering models only, never the offline engine", async () => {
    const ids = (await runtime.getTaskModelChoices()).map((m) => m.id);
    expect(ids).toEqual(["groq:llama-3.3-70b-versatile", "ollama:llama3.2", "ollama:deepseek-r1:8b"]);
    await expect(runtime.chosenTaskModel("offline:draft")).rejects.toMatchObject({ code: "bad_request:llm" });
    await expect(runtime.chosenTaskModel("ollama:bogus")).rejects.toMatchObject({ code: "bad_request:llm" });
  });

  it("sends a task to the chosen model first, then to the other task models of the default chain, never offline", async () => {
    expect((await runtime.chosenTaskModel("ollama:deepseek-r1:8b")).chain).toEqual([
      "ollama:deepseek-r1:8b",
      "groq:llama-3.3-70b-versatile",
      "ollama:llama3.2",
    ]);
    expect((await runtime.chosenTaskModel("ollama:llama3.2")).chain).toEqual(["ollama:llama3.2", "groq:llama-3.3-70b-versatile"]);
  });
});
