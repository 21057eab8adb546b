import { Button } from "@/components/ui/button";
import { fill, type UiText } from "@/lib/exit/interview/ui-text";
import type { InterviewView } from "@/lib/exit/interview/view";

/** What the employee agrees to before the first question: what is kept, who sees it, for how long, how to withdraw. */
export function ConsentScreen({ view, text, busy, onConsent }: { view: InterviewView; text: UiText; busy: boolean; onConsent: () => void }) {
  const sections = [
    { heading: text.collectedHeading, body: text.collected },
    { heading: text.whoSeesHeading, body: view.mode === "ATTRIBUTED" ? text.whoSeesAttributed : text.whoSeesConfidential },
    { heading: text.keptHeading, body: fill(text.kept, { days: view.retentionDays }) },
    { heading: text.withdrawHeading, body: text.withdrawInfo },
  ];
  return (
    <div className="flex flex-col gap-5">
      <p className="text-zinc-700 dark:text-zinc-300">{fill(text.intro, { total: view.total })}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2 className="mb-1 text-base font-semibold">{section.heading}</h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{section.body}</p>
        </section>
      ))}
      <div>
        <Button onClick={onConsent} disabled={busy}>
          {text.consent}
        </Button>
      </div>
    </div>
  );
}
