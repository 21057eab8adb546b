import { RevokeApiKeyButton } from "@/components/account/revoke-api-key-button";
import type { ActionResult } from "@/lib/action-result";

export type ListedApiKey = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  usageCount: number;
  revokedAt: Date | null;
  owner?: string;
};

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** API keys with their prefix, scopes and use; live keys can be revoked with `revoke`. */
export function ApiKeyList({
  keys,
  revoke,
  label,
}: {
  keys: ListedApiKey[];
  revoke: (input: { id: string }) => Promise<ActionResult<{ revoked: boolean }>>;
  label: string;
}) {
  if (!keys.length) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No API keys yet.</p>;
  return (
    <ul aria-label={label} className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="api-key-row">
          <span className="min-w-0 text-sm">
            <span className="block font-medium">
              {key.name} <code className="font-mono text-xs">hrk_{key.prefix}_…</code>
              {key.revokedAt ? <span className="ml-2 text-xs text-red-700 dark:text-red-400">revoked {when.format(key.revokedAt)}</span> : null}
            </span>
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              {key.owner ? `${key.owner} · ` : ""}
              {key.scopes.join(", ")} · created {when.format(key.createdAt)} · {key.usageCount} request{key.usageCount === 1 ? "" : "s"}
              {key.lastUsedAt ? ` · last used ${when.format(key.lastUsedAt)} UTC` : " · never used"}
            </span>
          </span>
          {key.revokedAt ? null : <RevokeApiKeyButton id={key.id} name={key.name} revoke={revoke} />}
        </li>
      ))}
    </ul>
  );
}
