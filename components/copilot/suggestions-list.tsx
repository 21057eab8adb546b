import type { Suggestion } from "@/lib/tailor/suggestions";

const badge = { 1: "Most important", 2: "Worth doing", 3: "Nice to do" } as const;

export function SuggestionsList({ suggestions }: { suggestions: Suggestion[] }) {
  return (
    <section aria-labelledby="suggestions">
      <h2 id="suggestions" className="mb-2 text-lg font-semibold">
        How to improve this CV for this job
      </h2>
      {suggestions.length === 0 ? <p className="text-sm">Nothing stands out: your CV already shows what this posting asks for.</p> : null}
      <ol className="flex flex-col gap-3">
        {suggestions.map((s, i) => (
          <li key={i} className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <p className="font-medium">
              {s.title} <span className="ml-1 rounded bg-zinc-100 px-1.5 text-xs font-normal dark:bg-zinc-800">{badge[s.priority]}</span>
            </p>
            <p className="mt-1">{s.detail}</p>
            {s.plan ? (
              <ul className="mt-1 list-disc pl-5">
                {s.plan.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
