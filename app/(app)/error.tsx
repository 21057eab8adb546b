"use client";

import { Button } from "@/components/ui/button";

// A server error reaches the browser as a digest only; the server's log line for it carries the same
// digest next to the request's id (see instrumentation.ts), so the reference leads to the details.
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-lg font-semibold">This page could not be loaded</h1>
      <p className="mt-1 text-sm">Nothing you saved is lost. Try again; if it keeps failing, the server log has the details.</p>
      {error.digest ? <p className="mt-1 text-sm">Reference: {error.digest}</p> : null}
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
