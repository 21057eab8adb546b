import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { buttonClass } from "@/components/ui/button";
import { ChartColumn, ScrollText, UserCog, Users } from "lucide-react";

export function AppShell({ user, children }: { user: { email: string; name: string | null; role: string }; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <aside className="border-b border-zinc-200 bg-zinc-50 p-3 md:w-60 md:shrink-0 md:border-r md:border-b-0 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mb-3 flex items-center justify-between md:mb-6">
          <Link href="/" className="px-3 text-lg font-semibold tracking-tight">
            HR Copilot
          </Link>
          <ThemeToggle />
        </div>
        <nav aria-label="Main">
          <NavLinks />
        </nav>
        <div className="mt-4 border-t border-zinc-200 pt-4 md:mt-8 dark:border-zinc-800">
          <p className="truncate px-3 text-xs text-zinc-600 dark:text-zinc-400" title={user.email}>
            Signed in as <span className="font-medium text-zinc-800 dark:text-zinc-200">{user.name ?? user.email}</span>
          </p>
          <div className="mt-2 flex flex-col">
            <Link href="/account" className={`${buttonClass("ghost")} justify-start`}>
              <UserCog aria-hidden="true" className="size-4" />
              Account
            </Link>
            {user.role === "ADMIN" ? (
              <>
                <Link href="/admin/members" className={`${buttonClass("ghost")} justify-start`}>
                  <Users aria-hidden="true" className="size-4" />
                  Members
                </Link>
                <Link href="/admin/audit" className={`${buttonClass("ghost")} justify-start`}>
                  <ScrollText aria-hidden="true" className="size-4" />
                  Audit log
                </Link>
                <Link href="/admin/usage" className={`${buttonClass("ghost")} justify-start`}>
                  <ChartColumn aria-hidden="true" className="size-4" />
                  Usage
                </Link>
              </>
            ) : null}
            <SignOutButton />
          </div>
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 p-4 md:p-8">
        {children}
      </main>
    </div>
  );
}
