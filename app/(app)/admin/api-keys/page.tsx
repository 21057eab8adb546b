import type { Metadata } from "next";
import { revokeOrganizationApiKey } from "@/app/(app)/admin/api-keys/actions";
import { ApiKeyList } from "@/components/account/api-key-list";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listApiKeysInOrganization } from "@/lib/db/queries/api-keys";

export const metadata: Metadata = { title: "API keys" };

export default async function OrganizationApiKeysPage() {
  const user = await getCurrentUser();
  if (!user || user.role !== "ADMIN" || !user.organizationId) {
    return (
      <>
        <PageHeader title="API keys" />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">Only an organisation&apos;s admins can see its API keys.</p>
      </>
    );
  }
  const keys = await listApiKeysInOrganization(await getDb(), { organizationId: user.organizationId });
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys your organisation's members made for the REST API. Revoke any you do not recognise: requests with it are refused at once."
      />
      <ApiKeyList
        keys={keys.map(({ user: owner, ...key }) => ({ ...key, owner: owner.name ? `${owner.name} (${owner.email})` : owner.email }))}
        revoke={revokeOrganizationApiKey}
        label="Organisation API keys"
      />
    </>
  );
}
