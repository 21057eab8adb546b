import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { sessionAbsoluteSeconds, sessionIdleSeconds } from "@/lib/auth/session-policy";
import { getDb } from "@/lib/db/client";
import { userHasPassword } from "@/lib/db/queries/accounts";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  const hasPassword = await userHasPassword(await getDb(), { id: user.id });
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
