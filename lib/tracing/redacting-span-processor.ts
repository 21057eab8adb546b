import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { redactUrl, urlAttributes } from "@/lib/tracing/redact-urls";

/** Rewrites every span's URL attributes as it starts, before any exporter can see them. */
export class RedactingSpanProcessor implements SpanProcessor {
  onStart(span: Span, _parentContext: Context): void {
    for (const key of urlAttributes) {
      const value = span.attributes[key];
      if (typeof value === "string") span.setAttribute(key, redactUrl(value));
    }
  }

  onEnd(span: ReadableSpan): void {
    // Attributes set after the start (Next adds some when the route is known) are checked again here.
    for (const key of urlAttributes) {
      const value = span.attributes[key];
      if (typeof value === "string") (span.attributes as Record<string, unknown>)[key] = redactUrl(value);
    }
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
