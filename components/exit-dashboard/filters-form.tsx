import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { themeIds } from "@/lib/exit/analysis/theme-ids";
import type { ExitSearch } from "@/lib/exit/dashboard/filters";
import { exitReasons, exitStatuses, reasonLabels, sentimentLabels, sentimentWords, statusLabels, themeLabels } from "@/lib/exit/dashboard/vocabulary";

function Select({ id, label, value, options, all }: { id: string; label: string; value?: string; options: { value: string; label: string }[]; all: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={controlClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so they survive reloads and can be shared. */
export function ExitFiltersForm({ search, departments }: { search: ExitSearch; departments: string[] }) {
  return (
    <form
      role="search"
      aria-label="Filter exit interviews"
      method="get"
      action="/exit-interviews"
      className="mb-6 grid gap-3 rounded-lg border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-zinc-800"
    >
      <div className="flex flex-col gap-1 lg:col-span-2">
        <label htmlFor="q" className="text-sm font-medium">
          Search
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.q}
          placeholder="Name, role or department"
          aria-describedby="q-help"
          className={controlClass}
        />
        <p id="q-help" className="text-xs text-zinc-600 dark:text-zinc-400">
          Searches attributed interviews only: confidential ones are never found by name.
        </p>
      </div>
      <Select id="status" label="Status" value={search.status} all="Any status" options={exitStatuses.map((s) => ({ value: s, label: statusLabels[s] }))} />
      <Select id="department" label="Department" value={search.department} all="All departments" options={departments.map((d) => ({ value: d, label: d }))} />
      <Select id="reason" label="Reason" value={search.reason} all="Any reason" options={exitReasons.map((r) => ({ value: r, label: reasonLabels[r] }))} />
      <Select
        id="sentiment"
        label="Sentiment"
        value={search.sentiment}
        all="Any sentiment"
        options={sentimentLabels.map((s) => ({ value: s, label: sentimentWords[s] }))}
      />
      <Select id="theme" label="Theme" value={search.theme} all="Any theme" options={themeIds.map((t) => ({ value: t, label: themeLabels[t] }))} />
      <div className="grid grid-cols-2 gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="from" className="text-sm font-medium">
            Last day from (month)
          </label>
          <input id="from" name="from" type="month" placeholder="YYYY-MM" defaultValue={search.from} className={controlClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="text-sm font-medium">
            Last day to (month)
          </label>
          <input id="to" name="to" type="month" placeholder="YYYY-MM" defaultValue={search.to} className={controlClass} />
        </div>
      </div>
      <div className="flex gap-2 lg:col-span-4">
        <button type="submit" className={buttonClass()}>
          Apply filters
        </button>
        <Link href="/exit-interviews" className={buttonClass("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
