/** What people said on one theme, de-identified; nothing when too few people said anything on it. */
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
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Fewer than {k} people said something on this theme, so no quotes are shown.</p>
      )}
    </section>
  );
}
