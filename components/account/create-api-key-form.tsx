"use client";

import { useState } from "react";
import { createApiKey } from "@/app/(app)/account/api/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { apiScopeLabels, apiScopes, type ApiScope } from "@/lib/api/scopes";

/** Makes an API key and shows it once: it cannot be shown again, only revoked and replaced. */
export function CreateApiKeyForm() {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [created, setCreated] = useState<string>();
  const { pending, errors, formMessage, submit } = useActionForm(createApiKey, (data) => {
    setCreated(data.key);
    setName("");
    setScopes([]);
  });
  const toggle = (scope: ApiScope, on: boolean) => setScopes((now) => (on ? [...now, scope] : now.filter((s) => s !== scope)));
  return (
    <div className="flex max-w-xl flex-col gap-4">
      {created ? (
        <div role="status" className="rounded-md border border-green-700 p-3 text-sm">
          <p className="mb-2 font-medium">Copy your new key now. It is shown only this once.</p>
          <code data-testid="new-api-key" className="block break-all rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-800">
            {created}
          </code>
        </div>
      ) : null}
      <form
        method="post"
        noValidate
        aria-label="Create an API key"
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(undefined);
          submit({ name, scopes });
        }}
      >
        <Field id="apiKeyName" label="Name" help="Where the key will be used, such as “ATS sync”." error={errors?.name?.[0]} required>
          <input id="apiKeyName" className={controlClass} maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Scopes</legend>
          {apiScopes.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
              <span>
                <span className="font-mono">{scope}</span>: {apiScopeLabels[scope]}
              </span>
            </label>
          ))}
          {errors?.scopes?.[0] ? <p className="text-xs font-medium text-red-700 dark:text-red-400">{errors.scopes[0]}</p> : null}
        </fieldset>
        <FormStatus message={formMessage} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Creating…" : "Create key"}
        </Button>
      </form>
    </div>
  );
}
