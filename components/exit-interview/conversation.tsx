import type { UiText } from "@/lib/exit/interview/ui-text";
import type { InterviewView } from "@/lib/exit/interview/view";

const bubble = "max-w-[85%] rounded-lg px-3 py-2 text-sm";
const interviewerBubble = `${bubble} self-start bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100`;
const employeeBubble = `${bubble} self-end bg-brand-600 text-white`;

function Question({ text, label, followUp, children }: { text: UiText; label: string; followUp: boolean; children: React.ReactNode }) {
  return (
    <div className={interviewerBubble}>
      <p className="mb-0.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">
        {label}
        {followUp ? " " : null}
        {followUp ? (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100">{text.followUp}</span>
        ) : null}
      </p>
      {children}
    </div>
  );
}

/** The questions asked so far with the employee's answers, then the question waiting for an answer. */
export function Conversation({ view, text, currentId, currentLabel }: { view: InterviewView; text: UiText; currentId: string; currentLabel: string }) {
  return (
    <ol aria-label={text.conversation} className="flex flex-col gap-3">
      {view.history.map((turn) => (
        <li key={turn.seq} className="flex flex-col gap-2">
          <Question text={text} label={text.interviewer} followUp={turn.followUp}>
            <p>{turn.question}</p>
          </Question>
          <div className={employeeBubble}>
            <p className="sr-only">{text.you}:</p>
            <p className="whitespace-pre-wrap">{turn.skipped ? text.skipped : turn.answer}</p>
          </div>
        </li>
      ))}
      {view.current ? (
        <li className="flex flex-col">
          <Question text={text} label={currentLabel} followUp={view.current.followUp}>
            <p id={currentId} className="text-base">
              {view.current.text}
            </p>
          </Question>
        </li>
      ) : null}
    </ol>
  );
}
