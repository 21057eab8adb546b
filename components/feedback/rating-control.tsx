"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { useId, useState, useTransition } from "react";
import { rateItem } from "@/app/(app)/feedback/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { maxReasonLength, type Rating } from "@/lib/feedback/schema";

export type SavedRating = { rating: Rating; reason: string | null };

const thumbs = [
  { rating: "UP", label: "Thumbs up", Icon: ThumbsUp },
  { rating: "DOWN", label: "Thumbs down", Icon: ThumbsDown },
] as const;

/**
 * Thumbs up or down on a document or an answer, with an optional reason. Rating again replaces the
 * person's earlier rating; the organisation's admins read them on the usage page.
 */
export function RatingControl({ target, id, what, initial = null }: { target: "document" | "answer"; id: string; what: string; initial?: SavedRating | null }) {
  const [saved, setSaved] = useState<SavedRating | null>(initial);
  const [reason, setReason] = useState(initial?.reason ?? "");
  const [writingReason, setWritingReason] = useState(false);
  const [status, setStatus] = useState<{ message: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();
  const reasonId = useId();

  const save = (rating: Rating, withReason: string) =>
    startTransition(async () => {
      const result = await rateItem({ target, id, rating, reason: withReason });
      if (result.ok) {
        setSaved(result.data);
        setWritingReason(false);
        setStatus({ message: result.data.reason ? "Rating and reason saved." : "Rating saved.", tone: "success" });
      } else setStatus({ message: result.fieldErrors?.reason?.[0] ?? result.message, tone: "error" });
    });

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={`Rate ${what}`} className="flex flex-wrap items-center gap-1">
        <span className="text-sm text-zinc-700 dark:text-zinc-300">Useful?</span>
        {thumbs.map(({ rating, label, Icon }) => (
          <Button
            key={rating}
            variant="ghost"
            aria-label={label}
            aria-pressed={saved?.rating === rating}
            disabled={pending}
            onClick={() => save(rating, reason)}
          >
            <Icon aria-hidden="true" className={`size-4 ${saved?.rating === rating ? "fill-current" : ""}`} />
          </Button>
        ))}
        {saved && !writingReason ? (
          <Button variant="ghost" onClick={() => setWritingReason(true)}>
            {saved.reason ? "Change the reason" : "Add a reason"}
          </Button>
        ) : null}
      </div>
      {saved && writingReason ? (
        <form
          method="post"
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            save(saved.rating, reason);
          }}
        >
          <label htmlFor={reasonId} className="text-sm font-medium">
            Why? (optional, up to {maxReasonLength} characters)
          </label>
          <textarea id={reasonId} rows={2} maxLength={maxReasonLength} className={controlClass} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="flex gap-2">
            <Button type="submit" variant="secondary" disabled={pending}>
              Save the reason
            </Button>
            <Button variant="ghost" onClick={() => (setWritingReason(false), setReason(saved.reason ?? ""))}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      <FormStatus message={status?.message} tone={status?.tone} />
    </div>
  );
}
