import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { HistorySearch } from "@/lib/history/filters";
import { toolSlugs, tools } from "@/lib/tools/registry";

const models = [
  { value: "offline", label: "Offline draft" },
  { value: "groq", label: "Groq" },
  { value: "ollama", label: "Ollama" },
];

/** A plain GET form: the search lives in the URL, so it survives reloads and can be shared or bookmarked. */
export function HistorySearchForm({ search }: { search: HistorySearch }) {
  return (
    <form
      role="search"
      aria-label="Search history"
      method="get"
      action="/history"
      className="mb-6 grid gap-3 rounded-lg border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-6 dark:border-zinc-800"
    >
      <div className="flex flex-col gap-1 lg:col-span-2">
        <label htmlFor="q" className="text-sm font-medium">
          Search
        </label>
        <input id="q" name="q" type="search" defaultValue={search.q} placeholder="Title or text, e.g. nurse" className={controlClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="tool" className="text-sm font-medium">
          Tool
        </label>
        <select id="tool" name="tool" defaultValue={search.tool ?? ""} className={controlClass}>
          <option value="">All tools</option>
          {toolSlugs.map((slug) => (
            <option key={slug} value={slug}>
              {tools[slug].name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="model" className="text-sm font-medium">
          Model
        </label>
        <select id="model" name="model" defaultValue={search.model ?? ""} className={controlClass}>
          <option value="">All models</option>
          {models.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="from" className="text-sm font-medium">
          From
        </label>
        <input id="from" name="from" type="date" defaultValue={search.from} className={controlClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="to" className="text-sm font-medium">
          To
        </label>
        <input id="to" name="to" type="date" defaultValue={search.to} className={controlClass} />
      </div>
      <div className="flex gap-2 lg:col-span-6">
        <button type="submit" className={buttonClass()}>
          Search
        </button>
        <Link href="/history" className={buttonClass("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
