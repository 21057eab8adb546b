import type { ChatMessage } from "@/lib/chat/ui-message";

/** The text of a chat message: its text parts joined. */
export function textOf(message: ChatMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

/**
 * What to tell the user when a question could not be sent. The transport throws the response body;
 * the app's routes answer {error:{message,requestId}}, whose message is meant for people.
 */
export function errorMessageOf(error: Error): string {
  try {
    const body = JSON.parse(error.message) as { error?: { message?: string; requestId?: string } };
    if (body.error?.message) return body.error.requestId ? `${body.error.message} (Reference: ${body.error.requestId})` : body.error.message;
  } catch {
    // not one of ours: a network failure
  }
  return "The question could not be sent. Check your connection and ask again; your question is kept.";
}
