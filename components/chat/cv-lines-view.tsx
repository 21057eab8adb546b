"use client";

import { useEffect, useRef } from "react";

/** The CV as the chat numbers it, with the cited line highlighted and scrolled into view. */
export function CvLinesView({ lines, highlighted }: { lines: readonly string[]; highlighted: number | null }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (highlighted === null) return;
    list.current?.querySelector(`[data-line="${highlighted}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [highlighted]);
  // Focusable, so the lines can be scrolled with the keyboard.
  return (
    <ol
      ref={list}
      tabIndex={0}
      aria-label="CV text, numbered lines"
      className="max-h-[70vh] overflow-y-auto rounded-lg border border-zinc-200 p-2 font-mono text-xs dark:border-zinc-800"
    >
      {lines.map((line, i) => {
        const n = i + 1;
        const on = n === highlighted;
        return (
          <li
            key={n}
            data-line={n}
            aria-current={on ? "true" : undefined}
            className={`flex gap-2 rounded px-1 py-0.5 ${on ? "bg-amber-200 text-zinc-950 dark:bg-amber-800 dark:text-white" : ""}`}
          >
            <span aria-hidden="true" className={`w-8 shrink-0 text-right select-none ${on ? "" : "text-zinc-600 dark:text-zinc-400"}`}>
              {n}
            </span>
            <span className="min-w-0 break-words">{line}</span>
          </li>
        );
      })}
    </ol>
  );
}
