import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 p-8 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">This page does not exist, or it belongs to someone else.</p>
      <Link href="/" className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
        Back to the dashboard
      </Link>
    </main>
  );
}
