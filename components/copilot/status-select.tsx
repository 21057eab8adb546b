"use client";

import { useState, useTransition } from "react";
import { setApplicationStatus } from "@/app/(app)/copilot/applications/actions";
import { statusLabels, type Status } from "@/components/copilot/status-labels";
import { controlClass } from "@/components/ui/field";

export function StatusSelect({ id, status, label }: { id: string; status: Status; label: string }) {
  const [value, setValue] = useState(status);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex flex-col gap-1">
      <select
        aria-label={label}
        className={`${controlClass} w-auto`}
        value={value}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as Status;
          const before = value;
          setValue(next);
          startTransition(async () => {
            const result = await setApplicationStatus({ id, status: next });
            if (!result.ok) {
              setValue(before);
              setMessage(result.message);
            }
          });
        }}
      >
        {Object.entries(statusLabels).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
      {message ? (
        <span role="status" className="text-xs text-red-700">
          {message}
        </span>
      ) : null}
    </span>
  );
}
