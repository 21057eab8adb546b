/** An error message a user can quote to the operator: the message, then the request's id. */
export function withReference(message: string, requestId: string | undefined): string {
  return requestId ? `${message} (Reference: ${requestId})` : message;
}

/**
 * The message to show for a failed call to one of the app's routes, which answer
 * {error:{message,requestId}}; `fallback` when the answer is not one of those (a network failure).
 */
export function routeErrorMessage(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: unknown; requestId?: unknown } } | null | undefined)?.error;
  if (typeof error?.message !== "string") return fallback;
  return withReference(error.message, typeof error.requestId === "string" ? error.requestId : undefined);
}
