import "server-only";
import { performance } from "node:perf_hooks";
import { CancelledError, openModelStream, type ModelStream } from "@/lib/ai/model-stream";
import { assertOfferedModel, getAiRuntime, modelChain } from "@/lib/ai/runtime";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { createGeneration, finishGeneration, saveGenerationProgress } from "@/lib/db/queries/generations";
import { AppError, toAppError } from "@/lib/errors";
import { promptForGeneration } from "@/lib/experiments/serve";
import { activeGenerations } from "@/lib/generation/active";
import { detachedView } from "@/lib/generation/detached-view";
import type { EndedStatus, GenerationEvent } from "@/lib/generation/events";
import { saveWithRetry } from "@/lib/generation/save-with-retry";
import { realTimers, type GenerationTimers } from "@/lib/generation/timers";
import { renderToolPrompt } from "@/lib/generation/tool-prompt";
import { abortedByShutdown, assertAcceptingWork } from "@/lib/lifecycle/shutdown";
import { logger } from "@/lib/logger";
import { recordModelRun } from "@/lib/metrics/record";
import { getTool, type ToolSlug } from "@/lib/tools/registry";
import { currentRequestId } from "@/lib/observability/request-context";
import { withReference } from "@/lib/observability/reference";

type RunOptions = { tool: ToolSlug; input: Record<string, unknown>; user: SessionUser; modelId?: string; parentId?: string };

/**
 * The spine: records a STREAMING generation, streams it from the first model that answers, and saves
 * it whatever the browser does. The returned stream is only a view: if the browser goes away the
 * model is still read to the end and the document saved as COMPLETE.
 */
export async function runGeneration({ tool, input, user, modelId, parentId }: RunOptions, timers: GenerationTimers = realTimers) {
  assertAcceptingWork("generation");
  if (modelId) await assertOfferedModel(modelId);
  const started = performance.now();
  const db = await getDb();
  const definition = getTool(tool);
  const generationId = newId();
  const prompt = await promptForGeneration({ tool, generationId, orgId: user.organizationId });
  // The row is written while the model is already being called: the insert is not in the way of
  // the first token. Every later write waits for it.
  const created = createGeneration(db, {
    id: generationId,
    userId: user.id,
    orgId: user.organizationId,
    task: tool,
    title: definition.titleOf(input),
    input: input as never,
    promptId: prompt.id,
    promptVersion: prompt.version,
    parentId,
  });
  const controller = new AbortController();

  const { view: events, send, close } = detachedView<GenerationEvent>();

  const write = async () => {
    let text = "";
    let rowError: unknown;
    const rowReady = created.then(
      () => true,
      (error: unknown) => {
        rowError = error;
        controller.abort();
        return false;
      },
    );
    let pending = "";
    let cancelFlush: (() => void) | undefined;
    const flush = () => {
      cancelFlush = undefined;
      if (pending) send({ type: "text", delta: pending });
      pending = "";
    };
    let stream: ModelStream | undefined;
    let ttftMs: number | undefined;
    const usage = () => ({
      model: stream?.modelId ?? "none",
      provider: stream?.provider ?? "none",
      ...stream?.usage(),
      ttftMs,
      durationMs: Math.round(performance.now() - started),
    });
    let saved = "";
    const stopProgress = timers.everyProgressSave(async (heartbeat) => {
      if (!(await rowReady) || (text === saved && !heartbeat)) return;
      const output = text;
      const model = { model: stream?.modelId, provider: stream?.provider };
      // While the database is away the text stays here, and the next save that gets through sends all of it.
      const stillStreaming = await saveGenerationProgress(db, { id: generationId, output, ...model }).then(
        (streaming) => ((saved = output), streaming),
        () => true,
      );
      if (!stillStreaming) controller.abort();
    });
    // The last save is the one that matters: it is retried while the database is away, with the text kept in memory.
    const finish = (status: EndedStatus | "FAILED", error?: string) => {
      recordModelRun({ kind: "document", task: tool, status, usage: usage(), attempts: stream?.attempts });
      return saveWithRetry(() => finishGeneration(db, { id: generationId, status, output: text, usage: usage(), error }));
    };

    try {
      const request = {
        ...renderToolPrompt(prompt, input),
        temperature: prompt.temperature,
        maxOutputTokens: prompt.maxTokens,
        offline: { task: tool, input },
        signal: controller.signal,
      };
      stream = await openModelStream(getAiRuntime().deps, modelChain(modelId), request);
      ttftMs = Math.round(performance.now() - started);
      send({ type: "start", generationId, modelId: stream.modelId, provider: stream.provider });
      text = stream.firstDelta;
      send({ type: "text", delta: stream.firstDelta });
      for await (const delta of stream.rest) {
        text += delta;
        pending += delta;
        cancelFlush ??= timers.scheduleFlush(flush);
      }
      cancelFlush?.();
      flush();
      if (!(await rowReady)) throw rowError;
      await finish("COMPLETE");
      send({ type: "done", status: "COMPLETE", modelId: stream.modelId });
    } catch (thrown) {
      cancelFlush?.();
      flush();
      if (!(await rowReady)) {
        // Nothing can be saved: say so instead of pretending the document is in history.
        logger.error({ kind: (rowError as Error)?.name, code: (rowError as { code?: string })?.code, generationId }, "generation row could not be created");
        const error = toAppError(rowError);
        send({ type: "error", code: error.code, message: withReference(error.message, currentRequestId()) });
      } else if (thrown instanceof CancelledError) {
        // Stopped by its author, or cut short by a server shutdown whose grace ran out.
        const status = abortedByShutdown(controller.signal) ? "INTERRUPTED" : "CANCELLED";
        await finish(status, status === "INTERRUPTED" ? "interrupted:server" : undefined);
        send({ type: "done", status, modelId: stream?.modelId ?? "none" });
      } else {
        const error = thrown instanceof AppError ? thrown : new AppError("unavailable:llm", undefined, { cause: thrown });
        // Provider errors carry the request body (the prompt); log only the code and which models were tried.
        logger.warn({ generationId, code: error.code, attempts: Array.isArray(error.cause) ? error.cause : undefined }, "generation failed");
        await finish("FAILED", error.code);
        send({ type: "error", code: error.code, message: withReference(error.message, currentRequestId()) });
      }
    } finally {
      stopProgress();
      close();
    }
  };

  const finished = write()
    // The error's kind and code only: a database error quotes the values it was given, here the document.
    .catch((error: unknown) =>
      logger.error({ kind: (error as Error)?.name, code: (error as { code?: string })?.code, generationId }, "generation could not be saved"),
    )
    .finally(() => activeGenerations.delete(generationId));
  activeGenerations.set(generationId, { controller, finished });
  return { generationId, events };
}
