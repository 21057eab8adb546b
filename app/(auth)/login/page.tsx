import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { enabledOAuthProviders } from "@/lib/auth/oauth-providers";
import { returnToSchema } from "@/lib/auth/schemas";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends OAuth failures back here as ?error=<kind>.
const oauthErrors: Record<string, string> = {
  OAuthAccountNotLinked: "An account with this email already exists. Sign in with your email and password instead.",
  AccessDenied: "Sign-in was cancelled or refused. Try again, or use your email and password.",
};

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { returnTo, error } = await searchParams;
  const target = returnToSchema.safeParse(typeof returnTo === "string" ? returnTo : undefined);
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  const problem = typeof error === "string" ? (oauthErrors[error] ?? "Sign-in did not complete. Try again.") : undefined;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      {problem ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {problem}
        </p>
      ) : null}
      {providers.length ? (
        <div className="mb-4">
          <OAuthButtons providers={providers} />
        </div>
      ) : null}
      <LoginForm returnTo={target.success ? target.data : undefined} />
    </>
  );
}
