import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  return (
    <>
      <PageHeader title="Account" description={`Signed in as ${user.email}.`} />
      <div className="flex flex-col gap-10">
        <section aria-labelledby="password-heading">
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">Password</h2>
          <ChangePasswordForm />
        </section>
        <section aria-labelledby="data-heading">
          <h2 id="data-heading" className="mb-1 text-lg font-semibold">Your data</h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">A JSON file with your profile and every document you generated, with its inputs.</p>
          <a href="/api/account/export" download className={buttonClass("secondary")}>Download my data</a>
        </section>
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="mb-1 text-lg font-semibold text-red-800 dark:text-red-300">Delete account</h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Deletes your account and everything it owns, at once and for good. Download your data first if you want to keep it.</p>
          <DeleteAccountForm email={user.email} />
        </section>
      </div>
    </>
  );
}
