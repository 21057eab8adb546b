"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { removePrice, savePrice } from "@/app/(app)/admin/usage/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ModelPrice } from "@/lib/usage/cost";

/**
 * The organisation's price table: what each model costs per million tokens, in USD. Models without a
 * price count as unpriced; the offline engine always costs nothing.
 */
export function PriceEditor({ prices, seenModels }: { prices: ModelPrice[]; seenModels: string[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState({ model: "", inputPerMillion: "", outputPerMillion: "" });
  const save = useActionForm(savePrice, () => (setDraft({ model: "", inputPerMillion: "", outputPerMillion: "" }), router.refresh()));
  const remove = useActionForm(removePrice, () => router.refresh());
  const error = (field: string) => save.errors?.[field]?.[0];
  const unpriced = seenModels.filter((m) => !m.startsWith("offline:") && !prices.some((p) => p.model === m));
  return (
    <div className="flex flex-col gap-4">
      {prices.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Prices per million tokens</caption>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Model
              </th>
              <th scope="col" className="py-2 pr-4">
                Input, USD per 1M tokens
              </th>
              <th scope="col" className="py-2 pr-4">
                Output, USD per 1M tokens
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.model} className="border-b border-zinc-100 dark:border-zinc-900">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {p.model}
                </th>
                <td className="py-2 pr-4 tabular-nums">{p.inputPerMillion}</td>
                <td className="py-2 pr-4 tabular-nums">{p.outputPerMillion}</td>
                <td className="py-2">
                  <Button
                    variant="ghost"
                    disabled={remove.pending}
                    onClick={() => remove.submit({ model: p.model })}
                    aria-label={`Remove the price of ${p.model}`}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No prices yet: every cost below counts as unpriced, except the offline engine&apos;s, which is free.
        </p>
      )}
      <FormStatus message={remove.formMessage} />
      <form
        method="post"
        className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          save.submit(draft);
        }}
      >
        <Field
          id="price-model"
          label="Model"
          error={error("model")}
          help={unpriced.length ? `Used without a price: ${unpriced.join(", ")}` : "For example groq:llama-3.3-70b-versatile"}
        >
          <input
            id="price-model"
            list="price-models"
            className={controlClass}
            value={draft.model}
            maxLength={120}
            aria-invalid={Boolean(error("model"))}
            onChange={(e) => setDraft({ ...draft, model: e.target.value })}
          />
        </Field>
        <datalist id="price-models">
          {unpriced.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <Field id="price-input" label="Input, USD per 1M tokens" error={error("inputPerMillion")}>
          <input
            id="price-input"
            inputMode="decimal"
            className={controlClass}
            value={draft.inputPerMillion}
            aria-invalid={Boolean(error("inputPerMillion"))}
            onChange={(e) => setDraft({ ...draft, inputPerMillion: e.target.value })}
          />
        </Field>
        <Field id="price-output" label="Output, USD per 1M tokens" error={error("outputPerMillion")}>
          <input
            id="price-output"
            inputMode="decimal"
            className={controlClass}
            value={draft.outputPerMillion}
            aria-invalid={Boolean(error("outputPerMillion"))}
            onChange={(e) => setDraft({ ...draft, outputPerMillion: e.target.value })}
          />
        </Field>
        <Button type="submit" disabled={save.pending}>
          Save price
        </Button>
      </form>
      <FormStatus message={save.formMessage} />
    </div>
  );
}
