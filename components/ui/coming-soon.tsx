import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

/** An area that is planned but not built yet: says so plainly and points somewhere useful. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
        <p className="font-medium">Coming soon</p>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">This area is not available yet.</p>
        <Link href="/tools" className="mt-4 inline-block text-sm font-medium text-brand-600 underline dark:text-brand-100">
          Go to the HR tools
        </Link>
      </div>
    </>
  );
}
