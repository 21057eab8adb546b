import type { Metadata } from "next";
import Link from "next/link";
import { revokeApiKey } from "@/app/(app)/account/api/actions";
import { ApiKeyList } from "@/components/account/api-key-list";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { CreateApiKeyForm } from "@/components/account/create-api-key-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { sessionAbsoluteSeconds, sessionIdleSeconds } from "@/lib/auth/session-policy";
import { getDb } from "@/lib/db/client";
import { userHasPassword } from "@/lib/db/queries/accounts";
import { listApiKeysForUser } from "@/lib/db/queries/api-keys";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = await getDb();
  const [hasPassword, apiKeys] = await Promise.all([userHasPassword(db, { id: user.id }), listApiKeysForUser(db, { userId: user.id })]);
  return (
    <>
      <PageHeader title="Account" description={`Signed in as ${user.email}.`} />
      <div className="flex flex-col gap-10">
        <section aria-labelledby="password-heading">
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">
            Password
          </h2>
          <ChangePasswordForm />
        </section>
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">
            Sessions
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            You stay signed in for up to {sessionIdleSeconds / 3600} hours without using the app, and {sessionAbsoluteSeconds / 86_400} days at most. Signing
            out everywhere ends every session of your account, including this one, on every device.
          </p>
          <SignOutEverywhereButton />
        </section>
        <section aria-labelledby="api-heading">
          <h2 id="api-heading" className="mb-1 text-lg font-semibold">
            API keys
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Keys let your own tools use the REST API as you, within the scopes you choose. Send one as <code>Authorization: Bearer &lt;key&gt;</code>. Read the{" "}
            <Link href="/account/api" className="underline">
              API reference
            </Link>
            {user.role === "ADMIN" && user.organizationId ? (
              <>
                , or see{" "}
                <Link href="/admin/api-keys" className="underline">
                  your organisation&apos;s keys
                </Link>
              </>
            ) : null}
            .
          </p>
          <div className="flex flex-col gap-6">
            <CreateApiKeyForm />
            <ApiKeyList keys={apiKeys} revoke={revokeApiKey} label="Your API keys" />
          </div>
        </section>
        <section aria-labelledby="data-heading">
          <h2 id="data-heading" className="mb-1 text-lg font-semibold">
            Your data
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            A JSON file with your profile, your CVs and applications, and the documents you wrote that you can still see. Documents you wrote for an
            organisation belong to it and stay with it if you leave.
          </p>
          <a href="/api/account/export" download className={buttonClass("secondary")}>
            Download my data
          </a>
        </section>
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="mb-1 text-lg font-semibold text-red-800 dark:text-red-300">
            Delete account
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Deletes your account and everything that is yours, at once and for good. Documents you wrote for your organisation stay with it, shown as written by
            a former member. Download your data first if you want to keep it.
          </p>
          <DeleteAccountForm email={user.email} hasPassword={hasPassword} />
        </section>
      </div>
    </>
  );
}
