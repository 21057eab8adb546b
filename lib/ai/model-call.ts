import { Output } from "ai";
import type { z } from "zod";
import { parseJsonAnswer } from "@/lib/ai/json-answer";
import { CancelledError, openModelStream, type Attempt, type StreamDeps, type StreamRequest, type TokenUsage } from "@/lib/ai/model-stream";
import { renderTemplate } from "@/lib/ai/prompts";
import { describeError } from "@/lib/ai/resilience/retry";
import type { TaskPrompt } from "@/lib/ai/task-prompts";
import { AppError } from "@/lib/errors";

/** Where a task's call goes: the runtime's models, breakers and policy, and the model ids to try in order. */
export type ModelRoute = { deps: StreamDeps; chain: string[] };

/** A task's prompt file and the values of its fields; user text enters the prompt only as these values. */
export type TaskRequest<F extends string> = { prompt: TaskPrompt<F>; values: Record<F, string>; signal?: AbortSignal };

/** Which model answered, from which prompt, at what cost: what the caller records next to the result. */
export type ModelRun = { modelId: string; provider: string; promptId: string; promptVersion: number; usage: TokenUsage; attempts: Attempt[] };

/** What a stored result keeps of its run: enough to trace it to the model and the prompt version. */
export type Provenance = Pick<ModelRun, "modelId" | "promptId" | "promptVersion">;

export function provenanceOf({ modelId, promptId, promptVersion }: ModelRun): Provenance {
  return { modelId, promptId, promptVersion };
}

/** The model's answer is not JSON for the task's schema, even after a repair and one more call. */
export class InvalidModelOutputError extends AppError {
  constructor(modelId: string, problem: string) {
    super("unavailable:llm", "The AI model did not give a valid answer.", { cause: { modelId, problem } });
    this.name = "InvalidModelOutputError";
  }
}

// One call, then one more when the answer is not valid JSON: a second bad answer means the model
// cannot do this task, and the caller keeps its offline result.
const STRUCTURED_CALLS = 2;

const sum = (a?: number, b?: number) => (a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0));

function streamRequestOf<F extends string>({ prompt, values, signal }: TaskRequest<F>): StreamRequest {
  return { system: prompt.system, prompt: renderTemplate(prompt.user, values), temperature: prompt.temperature, maxOutputTokens: prompt.maxTokens, signal };
}

/**
 * The whole answer of the first model in the route that gives one. Nothing of it has been shown to
 * anyone, so unlike a document a stream that breaks off or stalls after its first token hands over
 * to the next model in the route too.
 */
async function answer(route: ModelRoute, prompt: TaskPrompt, request: StreamRequest): Promise<{ text: string; run: ModelRun }> {
  const attempts: Attempt[] = [];
  let chain = route.chain;
  for (;;) {
    const stream = await openModelStream(route.deps, chain, request);
    attempts.push(...stream.attempts);
    try {
      let text = stream.firstDelta;
      for await (const delta of stream.rest) text += delta;
      return {
        text,
        run: { modelId: stream.modelId, provider: stream.provider, promptId: prompt.id, promptVersion: prompt.version, usage: stream.usage(), attempts },
      };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      attempts.push({ modelId: stream.modelId, outcome: error instanceof AppError ? error.code : describeError(error) });
      chain = chain.slice(chain.indexOf(stream.modelId) + 1);
      if (!chain.length) throw error;
    }
  }
}

/**
 * A task's text from the route: the chosen model first, then fallback, each with retries, breaker,
 * first-token and idle timeouts, and `<think>` blocks removed. Throws AppError when no model answers,
 * CancelledError when `signal` fires.
 */
export async function generateModelText<F extends string>(route: ModelRoute, request: TaskRequest<F>): Promise<{ text: string; run: ModelRun }> {
  return answer(route, request.prompt, streamRequestOf(request));
}

/**
 * A task's structured answer from the route, as `generateModelText` gets text, checked against
 * `schema`. Invalid JSON is repaired (code fences and surrounding prose dropped), else asked for once
 * more, else InvalidModelOutputError. Usage and attempts count both calls.
 */
export async function generateModelObject<T, F extends string>(
  route: ModelRoute,
  request: TaskRequest<F>,
  schema: z.ZodType<T>,
): Promise<{ object: T; run: ModelRun }> {
  // The SDK's object output turns the schema into the response format that switches on each
  // provider's JSON mode. The answer is still checked here: a model may ignore that, and a bad
  // answer must be repaired or asked for again.
  const streamRequest = { ...streamRequestOf(request), responseFormat: await Output.object({ schema }).responseFormat };
  const attempts: Attempt[] = [];
  let usage: TokenUsage = {};
  for (let call = 1; ; call++) {
    const { text, run } = await answer(route, request.prompt, streamRequest);
    attempts.push(...run.attempts);
    usage = { inputTokens: sum(usage.inputTokens, run.usage.inputTokens), outputTokens: sum(usage.outputTokens, run.usage.outputTokens) };
    const parsed = parseJsonAnswer(text, schema);
    if (parsed.success) return { object: parsed.data, run: { ...run, usage, attempts } };
    attempts.push({ modelId: run.modelId, outcome: parsed.problem });
    if (call >= STRUCTURED_CALLS) throw new InvalidModelOutputError(run.modelId, parsed.problem);
  }
}
