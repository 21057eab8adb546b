import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorLabel } from "@/components/history/author-label";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { documentScopeOf } from "@/lib/auth/document-scope";
import { getGenerationInScope } from "@/lib/db/queries/generations";
import { diffLines } from "@/lib/documents/diff";

export const metadata: Metadata = { title: "Compare versions" };

const styles = {
  same: "text-zinc-700 dark:text-zinc-300",
  added: "bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-100",
  removed: "bg-red-100 text-red-950 line-through dark:bg-red-950 dark:text-red-100",
} as const;

export default async function ComparePage({ params }: PageProps<"/history/[id]/compare">) {
  const { id } = await params;
  const user = await getCurrentUser();
  const db = await getDb();
  const scope = user ? documentScopeOf(user) : null;
  const version = scope ? await getGenerationInScope(db, { id, scope }) : null;
  const previous = version?.parentId && scope ? await getGenerationInScope(db, { id: version.parentId, scope }) : null;
  if (!user || !version || !previous) notFound();
  const diff = diffLines(previous.output, version.output);
  const changes = diff.filter((l) => l.kind !== "same").length;
  const by = (author: typeof version.author) => authorLabel(author, user.id) ?? "you";
  return (
    <>
      <PageHeader
        title={`Changes in ${version.title}`}
        description={`${changes} changed line${changes === 1 ? "" : "s"} from the previous version (by ${by(previous.author)}) to this one (by ${by(version.author)}). Removed lines are struck through, added lines are green.`}
      />
      <p className="mb-4 flex gap-4 text-sm">
        <Link href={`/history/${previous.id}`} className="text-brand-600 underline dark:text-brand-100">
          Previous version
        </Link>
        <Link href={`/history/${version.id}`} className="text-brand-600 underline dark:text-brand-100">
          This version
        </Link>
      </p>
      <ol aria-label="Line by line changes" className="rounded-lg border border-zinc-200 p-4 font-mono text-sm dark:border-zinc-800">
        {diff.map((line, i) => (
          <li key={i} className={`whitespace-pre-wrap px-2 ${styles[line.kind]}`}>
            <span className="sr-only">{line.kind === "added" ? "Added: " : line.kind === "removed" ? "Removed: " : ""}</span>
            {line.kind === "added" ? "+ " : line.kind === "removed" ? "− " : "  "}
            {line.text || " "}
          </li>
        ))}
      </ol>
    </>
  );
}
