import type { GenerationEvent } from "@/lib/generation/events";

/** The events of a followed document, sent by the server one JSON object a line. */
export function eventLines(body: ReadableStream<Uint8Array>): ReadableStream<GenerationEvent> {
  const decoder = new TextDecoder();
  let partial = "";
  return body.pipeThrough(
    new TransformStream<Uint8Array, GenerationEvent>({
      transform(chunk, out) {
        // A line, or a character, may be split between chunks: the rest waits for the next one.
        const lines = (partial + decoder.decode(chunk, { stream: true })).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) if (line) out.enqueue(JSON.parse(line) as GenerationEvent);
      },
    }),
  );
}
