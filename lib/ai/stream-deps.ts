import type { AiConfig } from "@/lib/ai/config";
import type { StreamDeps } from "@/lib/ai/model-stream";
import type { OfflineDrafter } from "@/lib/ai/offline/model";
import { createModelResolver } from "@/lib/ai/providers";
import { CircuitBreaker } from "@/lib/ai/resilience/circuit-breaker";

/**
 * What every model call needs: the models by id, one circuit breaker per provider (shared by every
 * call, so a dead provider is skipped for all users), and the retry and timeout policy.
 */
export function createStreamDeps(config: AiConfig, draft: OfflineDrafter, sleep?: (ms: number) => Promise<void>) {
  const breakers = new Map<string, CircuitBreaker>();
  const breakerFor = (provider: string) => {
    let breaker = breakers.get(provider);
    if (!breaker) breakers.set(provider, (breaker = new CircuitBreaker()));
    return breaker;
  };
  const deps: StreamDeps = { resolveModel: createModelResolver(config, draft), breakerFor, policy: config.policy, sleep };
  return { deps, breakers };
}
