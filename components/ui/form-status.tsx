/** The result of a form, announced politely to screen readers. */
export function FormStatus({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <div role="status" aria-live="polite" className="min-h-5 text-sm">
      {message ? (
        <p className={tone === "error" ? "rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200" : "text-green-800 dark:text-green-300"}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
