import type { ChatMessage } from "@/lib/chat/ui-message";
import { routeErrorMessage } from "@/lib/observability/reference";

/** The text of a chat message: its text parts joined. */
export function textOf(message: ChatMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

/**
 * What to tell the user when a question could not be sent. The transport throws the response body;
 * the app's routes answer {error:{message,requestId}}, whose message is meant for people.
 */
export function errorMessageOf(error: Error): string {
  const networkFailure = "The question could not be sent. Check your connection and ask again; your question is kept.";
  try {
    return routeErrorMessage(JSON.parse(error.message), networkFailure);
  } catch {
    return networkFailure; // not one of ours: the body is not JSON
  }
}
