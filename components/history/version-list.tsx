import Link from "next/link";
import { authorLabel } from "@/components/history/author-label";
import { modelLabel } from "@/components/ai/model-label";
import type { DocumentAuthor } from "@/lib/db/queries/generations";

type Version = { id: string; parentId: string | null; model: string | null; createdAt: Date; author: DocumentAuthor };

/** Every version of this document, oldest first, by whom, with a link to compare each with the one before. */
export function VersionList({ versions, currentId, viewerId }: { versions: Version[]; currentId: string; viewerId: string }) {
  if (versions.length < 2) return null;
  return (
    <nav aria-label="Versions" className="mb-6 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <h2 className="mb-2 font-semibold">Versions</h2>
      <ol className="flex flex-col gap-1">
        {versions.map((v, i) => (
          <li key={v.id} className="flex flex-wrap items-center gap-2">
            <span className="text-zinc-600 dark:text-zinc-400">{i + 1}.</span>
            {v.id === currentId ? (
              <span aria-current="page" className="font-medium">
                {modelLabel(v.model)} · {v.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC (this version)
              </span>
            ) : (
              <Link href={`/history/${v.id}`} className="text-brand-600 underline dark:text-brand-100">
                {modelLabel(v.model)} · {v.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              </Link>
            )}
            <span className="text-zinc-600 dark:text-zinc-400">by {authorLabel(v.author, viewerId) ?? "you"}</span>
            {v.parentId ? (
              <Link href={`/history/${v.id}/compare`} className="text-xs text-brand-600 underline dark:text-brand-100">
                compare with previous
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
