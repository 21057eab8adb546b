"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useMemo, useState, type ReactNode } from "react";
import { AnswerMessage } from "@/components/chat/answer-message";
import { Composer } from "@/components/chat/composer";
import type { SavedRating } from "@/components/feedback/rating-control";
import { CvLinesView } from "@/components/chat/cv-lines-view";
import { useReadAloud } from "@/components/chat/use-speech";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { errorMessageOf, textOf } from "@/lib/chat/client-messages";
import type { AnswerData, ChatMessage } from "@/lib/chat/ui-message";

type Props = {
  conversationId: string;
  /** Where questions are posted; `${api}/stream` resumes and `${api}/stop` stops. */
  api: string;
  initialMessages: ChatMessage[];
  /** An answer was being written when the page was made: reattach to it. */
  resume: boolean;
  lines: string[];
  suggestions: string[];
  notice?: ReactNode;
  /** The asker's own ratings of the answers, by answer id; absent where answers cannot be rated (a visitor's chat). */
  ratings?: Record<string, SavedRating>;
};

/**
 * The conversation with the CV beside it. Built on the AI SDK's useChat: questions go to `api`, a
 * reload reattaches to a live answer through `${api}/stream`, and Stop asks the server to stop the
 * answer (closing the connection alone would not: the server writes every answer to the end).
 */
export function ChatView({ conversationId, api, initialMessages, resume, lines, suggestions, notice, ratings }: Props) {
  const [draft, setDraft] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [problem, setProblem] = useState<string>();
  const speech = useReadAloud();
  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api,
        prepareSendMessagesRequest: ({ messages, trigger, messageId }) => {
          const question = messages.findLast((m) => m.role === "user");
          return {
            body: trigger === "regenerate-message" ? { trigger } : { trigger, messageId, question: question && { id: question.id, text: textOf(question) } },
          };
        },
        prepareReconnectToStreamRequest: () => ({ api: `${api}/stream` }),
      }),
    [api],
  );
  const { messages, sendMessage, regenerate, stop, status, setMessages } = useChat<ChatMessage>({
    id: conversationId,
    messages: initialMessages,
    resume,
    transport,
    onError: (error) => {
      setProblem(errorMessageOf(error));
      // The question was not answered: put it back in the box, so nothing typed is lost.
      setMessages((current) => {
        const last = current.at(-1);
        if (last?.role === "user") {
          setDraft(textOf(last));
          return current.slice(0, -1);
        }
        return current;
      });
    },
  });
  const busy = status === "submitted" || status === "streaming";
  const lastQuestion = messages.findLast((m) => m.role === "user");

  const ask = (text: string) => {
    setProblem(undefined);
    void sendMessage({ text, messageId: editing ?? undefined });
    setDraft("");
    setEditing(null);
  };
  // The server stops the answer and ends the stream itself, with how it ended; only when it cannot be
  // reached does the page hang up on its own.
  const stopAnswer = () => {
    void fetch(`${api}/stop`, { method: "POST" })
      .then((response) => {
        if (!response.ok) void stop();
      })
      .catch(() => void stop());
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <section aria-label="Conversation" className="min-w-0">
        {notice}
        {messages.length === 0 && suggestions.length ? (
          <div className="mb-4">
            <h2 className="mb-2 text-sm font-medium">Suggested questions</h2>
            <ul className="flex flex-wrap gap-2">
              {suggestions.map((s) => (
                <li key={s}>
                  <Button variant="secondary" onClick={() => ask(s)} disabled={busy}>
                    {s}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ol aria-label="Questions and answers" className="flex flex-col gap-3">
          {messages.map((message, i) => {
            const isLast = i === messages.length - 1;
            if (message.role === "user") {
              return (
                <li key={message.id} className="ml-auto max-w-[85%] rounded-lg bg-brand-50 p-3 dark:bg-zinc-800">
                  <p className="whitespace-pre-wrap">{textOf(message)}</p>
                  {message.id === lastQuestion?.id && !busy ? (
                    <Button
                      variant="ghost"
                      className="mt-1 text-xs"
                      onClick={() => {
                        setEditing(message.id);
                        setDraft(textOf(message));
                      }}
                    >
                      Edit
                    </Button>
                  ) : null}
                </li>
              );
            }
            const answer = message.parts.find((p) => p.type === "data-answer")?.data as AnswerData | undefined;
            return (
              <li key={message.id}>
                <AnswerMessage
                  text={textOf(message)}
                  answer={answer}
                  writing={isLast && busy}
                  isLast={isLast}
                  onCite={setHighlighted}
                  onRegenerate={() => {
                    setProblem(undefined);
                    void regenerate();
                  }}
                  readAloud={speech.supported ? speech.read : null}
                  rating={ratings ? { id: message.id, initial: ratings[message.id] ?? null } : undefined}
                />
              </li>
            );
          })}
        </ol>
        <FormStatus message={problem} />
        <Composer
          draft={draft}
          setDraft={setDraft}
          editing={editing !== null}
          busy={busy}
          onSend={() => ask(draft)}
          onStop={stopAnswer}
          onCancelEdit={() => {
            setEditing(null);
            setDraft("");
          }}
        />
      </section>
      <aside aria-labelledby="cv-text" className="min-w-0">
        <h2 id="cv-text" className="mb-2 text-sm font-medium">
          The CV{highlighted ? `: line ${highlighted}` : ""}
        </h2>
        <CvLinesView lines={lines} highlighted={highlighted} />
      </aside>
    </div>
  );
}
