import "server-only";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getEnv } from "@/lib/env";

export const oauthProviderIds = ["github", "google"] as const;
export type OAuthProviderId = (typeof oauthProviderIds)[number];

/** The OAuth providers whose credentials are configured, with the names the sign-in page shows. */
export function enabledOAuthProviders(): { id: OAuthProviderId; name: string; provider: Provider }[] {
  const env = getEnv();
  const enabled: { id: OAuthProviderId; name: string; provider: Provider }[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    enabled.push({ id: "github", name: "GitHub", provider: GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }) });
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    enabled.push({ id: "google", name: "Google", provider: Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }) });
  }
  return enabled;
}
