import Link from "next/link";
import { ConversationActions } from "@/components/chat/conversation-actions";

type Row = { id: string; title: string; updatedAt: Date; cv: { name: string }; _count: { messages: number } };

export function ConversationList({ conversations, searched }: { conversations: Row[]; searched: boolean }) {
  if (!conversations.length) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {searched ? "No conversation matches these words." : "No conversations yet. Start one from a CV above."}
      </p>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {conversations.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
          <div className="min-w-0">
            <Link href={`/chat/${c.id}`} className="block truncate font-medium underline-offset-2 hover:underline">
              {c.title}
            </Link>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {c.cv.name} · {Math.ceil(c._count.messages / 2)} question{c._count.messages > 2 ? "s" : ""} ·{" "}
              <time dateTime={c.updatedAt.toISOString()}>{c.updatedAt.toISOString().slice(0, 16).replace("T", " ")}</time>
            </p>
          </div>
          <ConversationActions id={c.id} title={c.title} />
        </li>
      ))}
    </ul>
  );
}
