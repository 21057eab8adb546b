import type { Metadata } from "next";
import Link from "next/link";
import { ConversationList } from "@/components/chat/conversation-list";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { listConversations } from "@/lib/db/queries/conversations";
import { listCvsByUserId } from "@/lib/db/queries/cvs";
import { listCandidateCvsByOrgId } from "@/lib/db/queries/candidate-cvs";

export const metadata: Metadata = { title: "Chat" };

const isHr = (role: string) => role === "HR" || role === "ADMIN";

export default async function ChatPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; cv?: string | string[] }> }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const params = await searchParams;
  const q = [params.q].flat()[0]?.slice(0, 200) ?? "";
  const cvFilter = idSchema.safeParse([params.cv].flat()[0]);
  const db = await getDb();
  const [cvs, candidates, conversations] = await Promise.all([
    listCvsByUserId(db, { userId: user.id }),
    isHr(user.role) && user.organizationId ? listCandidateCvsByOrgId(db, { orgId: user.organizationId }) : Promise.resolve([]),
    listConversations(db, { owner: { userId: user.id }, search: q, cvId: cvFilter.success ? cvFilter.data : undefined }),
  ]);
  const startable = [...cvs.map((cv) => ({ ...cv, group: "Your CVs", own: true })), ...candidates.map((cv) => ({ ...cv, group: "Candidate CVs", own: false }))];
  return (
    <>
      <PageHeader
        title="Chat"
        description="Ask anything about a CV. Answers come only from the CV, cite the lines they use, and say plainly when the CV does not say."
        actions={
          isHr(user.role) ? (
            <Link href="/chat/candidates" className={buttonClass("secondary")}>
              Candidate CVs
            </Link>
          ) : null
        }
      />
      <section aria-labelledby="start" className="mb-8">
        <h2 id="start" className="mb-3 text-lg font-semibold">
          Start a conversation
        </h2>
        {startable.length ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {startable.map((cv) => (
              <li key={cv.id} className="flex items-center justify-between gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                <span className="min-w-0">
                  <span className="block truncate font-medium">{cv.name}</span>
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">{cv.group}</span>
                </span>
                <span className="flex shrink-0 gap-1">
                  {cv.own ? (
                    <Link href={`/chat/share/${cv.id}`} className={buttonClass("ghost")} aria-label={`Share ${cv.name} with an “Ask my CV” link`}>
                      Share
                    </Link>
                  ) : null}
                  <Link href={`/chat/new?cv=${cv.id}`} className={buttonClass("secondary")} aria-label={`Ask about ${cv.name}`}>
                    Ask
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Upload a CV in the{" "}
            <Link href="/copilot" className="underline">
              Job Copilot
            </Link>{" "}
            first{isHr(user.role) ? ", or add a candidate's CV" : ""}.
          </p>
        )}
      </section>
      <section aria-labelledby="conversations">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="conversations" className="text-lg font-semibold">
            Conversations
          </h2>
          <form role="search" aria-label="Search conversations" method="get" action="/chat" className="flex items-end gap-2">
            <label htmlFor="q" className="sr-only">
              Search conversations
            </label>
            <label htmlFor="cv" className="sr-only">
              About which CV
            </label>
            <select id="cv" name="cv" defaultValue={cvFilter.success ? cvFilter.data : ""} className={controlClass}>
              <option value="">Every CV</option>
              {startable.map((cv) => (
                <option key={cv.id} value={cv.id}>
                  {cv.name}
                </option>
              ))}
            </select>
            <input id="q" name="q" type="search" defaultValue={q} placeholder="Words in a question or answer" className={`${controlClass} w-64`} />
            <button type="submit" className={buttonClass("secondary")}>
              Search
            </button>
          </form>
        </div>
        <ConversationList conversations={conversations} searched={Boolean(q) || cvFilter.success} />
      </section>
    </>
  );
}
