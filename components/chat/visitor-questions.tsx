const kindNotes: Record<string, string> = { not_in_cv: "answered: not in the CV", refused: "refused: off topic" };

type Question = { id: string; visitor: number; text: string; askedAt: Date; answerKind: string | null };

/** What visitors asked through the link: what recruiters want to know, which the CV may not yet say. */
export function VisitorQuestions({ questions }: { questions: Question[] }) {
  return (
    <section aria-labelledby="asked">
      <h2 id="asked" className="mb-3 text-lg font-semibold">
        Questions visitors asked
      </h2>
      {questions.length ? (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {questions.map((q) => (
            <li key={q.id} className="p-3">
              <p>{q.text}</p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                Visitor {q.visitor} · <time dateTime={q.askedAt.toISOString()}>{q.askedAt.toISOString().slice(0, 16).replace("T", " ")}</time>
                {q.answerKind && kindNotes[q.answerKind] ? ` · ${kindNotes[q.answerKind]}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No questions yet.</p>
      )}
    </section>
  );
}
