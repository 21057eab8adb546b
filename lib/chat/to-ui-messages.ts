import { asAnswerKind } from "@/lib/chat/answer";
import type { ChatMessage } from "@/lib/chat/ui-message";
import type { StoredMessage } from "@/lib/db/queries/conversations";

/** Stored messages as the chat page starts with them. An answer still being written has no data part yet: it arrives when it ends. */
export function toUiMessages(messages: StoredMessage[]): ChatMessage[] {
  return messages.map((m): ChatMessage => {
    if (m.role === "USER") return { id: m.id, role: "user", parts: [{ type: "text", text: m.text }] };
    const parts: ChatMessage["parts"] = [{ type: "text", text: m.text }];
    if (m.status !== "STREAMING") {
      parts.push({ type: "data-answer", data: { kind: asAnswerKind(m.kind), checks: m.checks, status: m.status, model: m.model } });
    }
    return { id: m.id, role: "assistant", parts };
  });
}

/** Whether the conversation ends with an answer being written, which the page should reattach to. */
export const endsLive = (messages: StoredMessage[]) => messages.at(-1)?.role === "ASSISTANT" && messages.at(-1)?.status === "STREAMING";
