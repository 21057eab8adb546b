/**
 * A stream the browser reads while the server writes something it keeps writing whatever the browser
 * does: sending to a browser that went away is a no-op, never an error, so the writer finishes and
 * saves its work. Used by documents and chat answers.
 */
export function detachedView<T>() {
  let viewer: ReadableStreamDefaultController<T> | null = null;
  const view = new ReadableStream<T>({ start: (c) => void (viewer = c), cancel: () => void (viewer = null) });
  return {
    view,
    send(chunk: T) {
      try {
        viewer?.enqueue(chunk);
      } catch {
        viewer = null; // the browser went away; the writer carries on
      }
    },
    close() {
      try {
        viewer?.close();
      } catch {
        // already closed by the browser
      }
    },
  };
}
