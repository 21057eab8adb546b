import { Fragment } from "react";
import { sentencesOf } from "@/lib/chat/citations";

/**
 * An answer as text with its citations as buttons that show the cited line in the CV beside the chat.
 * A sentence the server could not check against the CV is marked, not shown as fact.
 */
export function AnswerBody({ text, unchecked, onCite }: { text: string; unchecked: readonly string[]; onCite: (line: number) => void }) {
  const notChecked = new Set(unchecked);
  return (
    <p className="leading-relaxed whitespace-pre-wrap">
      {sentencesOf(text).map((sentence, i) => (
        <Fragment key={i}>
          {notChecked.has(sentence.text) ? (
            <mark
              className="rounded bg-amber-100 px-0.5 text-inherit underline decoration-amber-600 decoration-dotted dark:bg-amber-950"
              title="Not found in the CV: check it before relying on it."
            >
              {sentence.text}
              <span className="sr-only"> (not found in the CV)</span>
            </mark>
          ) : (
            sentence.text
          )}
          {sentence.lines.map((line) => (
            <button
              key={line}
              type="button"
              onClick={() => onCite(line)}
              className="mx-0.5 inline-flex rounded border border-brand-600/40 px-1 align-baseline text-xs font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300 dark:hover:bg-zinc-800"
              aria-label={`Show line ${line} of the CV`}
            >
              L{line}
            </button>
          ))}
          {sentence.endsLine ? "\n" : " "}
        </Fragment>
      ))}
    </p>
  );
}
