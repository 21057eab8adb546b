/**
 * What people said on one theme, de-identified. The note is always there, whether or not confidential
 * quotes were held back, so it says nothing about how many confidential people spoke.
 */
export function ThemeQuotes({ theme, quotes, k }: { theme: string; quotes: { quotes: string[]; people: number } | null; k: number }) {
  return (
    <section aria-labelledby="quotes" className="mb-8">
      <h2 id="quotes" className="mb-3 text-lg font-semibold">
        What people said about {theme.toLowerCase()}
      </h2>
      {quotes ? (
        <ul className="flex flex-col gap-2">
          {quotes.quotes.map((q) => (
            <li key={q}>
              <blockquote className="border-l-2 border-zinc-300 pl-3 text-sm text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">{q}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No quotes to show on this theme.</p>
      )}
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        Quotes from confidential interviews appear only when at least {k} confidential people said something on the theme.
      </p>
    </section>
  );
}
