const styles: Record<string, string> = {
  COMPLETE: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  STREAMING: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200",
  CANCELLED: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  INTERRUPTED: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  FAILED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

const labels: Record<string, string> = {
  COMPLETE: "Complete",
  STREAMING: "Writing",
  CANCELLED: "Stopped",
  INTERRUPTED: "Interrupted",
  FAILED: "Failed",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${styles[status] ?? ""}`}>{labels[status] ?? status}</span>;
}
