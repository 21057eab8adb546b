// Shown while a page loads. Pages that may answer 404 have none: a loading boundary makes Next send 200 before the page decides.
export function PageSkeleton() {
  return (
    <div role="status" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-7 w-64 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-4 w-96 max-w-full rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-40 rounded-lg bg-zinc-100 dark:bg-zinc-900" />
    </div>
  );
}
