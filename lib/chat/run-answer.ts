import "server-only";
import { performance } from "node:perf_hooks";
import { CancelledError, openModelStream, type ModelStream } from "@/lib/ai/model-stream";
import { getAiRuntime, modelChain } from "@/lib/ai/runtime";
import { renderTemplate } from "@/lib/ai/prompts";
import { taskPrompts } from "@/lib/ai/task-prompts";
import { activeAnswers } from "@/lib/chat/active-answers";
import type { AnswerKind, ChatTurn } from "@/lib/chat/answer";
import { answerKindOf } from "@/lib/chat/answer-kind";
import { checkCitations } from "@/lib/chat/citations";
import { chatPromptInput, type ChatJob } from "@/lib/chat/chat-prompt";
import { numberedCvLines } from "@/lib/chat/cv-lines";
import { chatTask, readOfflineChatInput } from "@/lib/chat/offline-drafter";
import { answerFromCv } from "@/lib/chat/offline/answer";
import type { AnswerStatus, ChatChunk } from "@/lib/chat/ui-message";
import { answerTextPartId } from "@/lib/chat/ui-message";
import { chatTimers, type ChatTimers } from "@/lib/chat/timers";
import { detachedView } from "@/lib/generation/detached-view";
import type { Profile } from "@/lib/cv/profile";
import { getDb } from "@/lib/db/client";
import { finishAnswer, saveAnswerProgress } from "@/lib/db/queries/conversations";
import { AppError } from "@/lib/errors";
import { abortedByShutdown } from "@/lib/lifecycle/shutdown";
import { logger } from "@/lib/logger";
import { recordModelRun } from "@/lib/metrics/record";
import { currentRequestId } from "@/lib/observability/request-context";
import { withReference } from "@/lib/observability/reference";

export type AnswerContext = {
  answerId: string;
  question: string;
  turns: ChatTurn[];
  cv: { text: string; profile: Profile };
  job: ChatJob;
};

function promptFor({ question, turns, cv, job }: AnswerContext, lines: string[]) {
  const prompt = taskPrompts.resumeChat();
  const { values, offline } = chatPromptInput({ question, turns, lines, profile: cv.profile, job });
  return {
    system: prompt.system,
    prompt: renderTemplate(prompt.user, values),
    temperature: prompt.temperature,
    maxOutputTokens: prompt.maxTokens,
    offline: { task: chatTask, input: offline },
  };
}

/**
 * Writes one answer: streams it from the first model of the chain that answers, into the Message row
 * (saved as it grows, so a reload or another instance can follow it) and into the returned stream,
 * which is only a view: if the browser goes away the answer is still written to the end.
 */
export function startAnswer(context: AnswerContext, timers: ChatTimers = chatTimers): ReadableStream<ChatChunk> {
  const { answerId } = context;
  const started = performance.now();
  const controller = new AbortController();
  const { view, send, close } = detachedView<ChatChunk>();

  const write = async () => {
    const db = await getDb();
    const lines = numberedCvLines(context.cv.text);
    let text = "";
    let pending = "";
    let stream: ModelStream | undefined;
    let ttftMs: number | undefined;
    const usage = () => ({
      model: stream?.modelId ?? "none",
      provider: stream?.provider ?? "none",
      ...stream?.usage(),
      ttftMs,
      durationMs: Math.round(performance.now() - started),
    });
    const flush = () => {
      cancelFlush = undefined;
      if (pending) send({ type: "text-delta", id: answerTextPartId, delta: pending });
      pending = "";
    };
    let cancelFlush: (() => void) | undefined;
    let saved = "";
    const stopSaving = timers.everyProgressSave(async (heartbeat) => {
      if (text === saved && !heartbeat) return;
      saved = text;
      const stillStreaming = await saveAnswerProgress(db, { id: answerId, text }).catch(() => true);
      if (!stillStreaming) controller.abort();
    });
    const end = async (status: AnswerStatus, kind: AnswerKind | null, error?: AppError) => {
      cancelFlush?.();
      flush();
      const checks = kind === "answer" ? checkCitations(text, lines) : { citations: [], unchecked: [] };
      recordModelRun({ kind: "chat", task: chatTask, status, usage: usage(), attempts: stream?.attempts });
      await finishAnswer(db, { id: answerId, status, text, kind, checks, usage: usage(), error: error?.code });
      send({ type: "text-end", id: answerTextPartId });
      send({
        type: "data-answer",
        data: { kind, checks, status, model: stream?.modelId ?? null, message: error && withReference(error.message, currentRequestId()) },
      });
      send({ type: "finish" });
    };

    send({ type: "start", messageId: answerId });
    send({ type: "text-start", id: answerTextPartId });
    try {
      const request = { ...promptFor(context, lines), signal: controller.signal };
      stream = await openModelStream(getAiRuntime().deps, modelChain(), request);
      ttftMs = Math.round(performance.now() - started);
      text = stream.firstDelta;
      send({ type: "text-delta", id: answerTextPartId, delta: text });
      for await (const delta of stream.rest) {
        text += delta;
        pending += delta;
        cancelFlush ??= timers.scheduleFlush(flush);
      }
      // The offline engine says what its answer is; a model's answer is read from its opening and citations.
      const kind =
        stream.provider === "offline" ? answerFromCv(readOfflineChatInput(request.offline.input)).kind : answerKindOf(text, checkCitations(text, lines));
      await end("COMPLETE", kind);
    } catch (thrown) {
      // Stopped by the asker, or cut short by a server shutdown whose grace ran out.
      if (thrown instanceof CancelledError) await end(abortedByShutdown(controller.signal) ? "INTERRUPTED" : "CANCELLED", text ? "answer" : null);
      else {
        const error = thrown instanceof AppError ? thrown : new AppError("unavailable:llm", undefined, { cause: thrown });
        // Provider errors carry the request body (the CV): log only the code and which models were tried.
        logger.warn({ answerId, code: error.code, attempts: Array.isArray(error.cause) ? error.cause : undefined }, "answer failed");
        await end("FAILED", text ? "answer" : null, error);
      }
    } finally {
      stopSaving();
      close();
    }
  };

  const finished = write()
    // The error's kind and code only: a database error quotes the values it was given, here the answer.
    .catch((error: unknown) => logger.error({ kind: (error as Error)?.name, code: (error as { code?: string })?.code, answerId }, "answer could not be saved"))
    .finally(() => activeAnswers.delete(answerId));
  activeAnswers.set(answerId, { controller, finished });
  return view;
}
