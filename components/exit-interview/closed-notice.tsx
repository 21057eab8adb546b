import type { InterviewLanguage } from "@/lib/exit/interview/protocol";

/** A page-sized message in the interview's language: a refused link, a finished or withdrawn interview. */
export function ClosedNotice({ language, title, body }: { language: InterviewLanguage; title: string; body: string }) {
  return (
    <main lang={language} className="mx-auto max-w-xl p-8">
      <h1 className="mb-2 text-2xl font-semibold">{title}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{body}</p>
    </main>
  );
}
