"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

/**
 * The state every form around a server action needs: the last result, whether it is running, the
 * per-field errors, and the form-wide message when the failure is not about one field.
 */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [result, setResult] = useState<ActionResult<T>>();
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const formMessage = result && !result.ok && !errors ? result.message : undefined;
  const submit = (input: I) =>
    startTransition(async () => {
      const answer = await action(input);
      setResult(answer);
      if (answer?.ok) onSuccess?.(answer.data);
    });
  return { result, pending, errors, formMessage, submit };
}
