import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { toolSlugs, tools } from "@/lib/tools/registry";

export const metadata: Metadata = { title: "HR tools" };

export default function ToolsPage() {
  return (
    <>
      <PageHeader title="HR tools" description="Pick a document. Every draft streams as it is written and is kept in your history." />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {toolSlugs.map((slug) => (
          <li key={slug}>
            <Link href={`/tools/${slug}`} className="block h-full rounded-lg border border-zinc-200 p-5 hover:border-brand-600 dark:border-zinc-800">
              <span className="block font-semibold">{tools[slug].name}</span>
              <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{tools[slug].description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
