"use client";

import { useTransition } from "react";
import { signOutAction } from "@/app/(app)/actions";
import { SignOutIcon } from "@/components/shell/nav-items";
import { buttonClass } from "@/components/ui/button";

export function SignOutButton() {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await signOutAction({})))}
      className={`${buttonClass("ghost")} w-full justify-start`}
    >
      <SignOutIcon aria-hidden="true" className="size-4" />
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
