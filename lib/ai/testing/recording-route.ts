import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { ModelRoute } from "@/lib/ai/model-call";

/** The route with every prompt its models receive recorded, so a test can check what left the app. */
export function recordingRoute(route: ModelRoute): { route: ModelRoute; prompts: string[] } {
  const prompts: string[] = [];
  const resolveModel = (id: string): LanguageModelV4 => {
    const model = route.deps.resolveModel(id);
    return new Proxy(model, {
      get(target, property) {
        if (property === "doStream")
          return (options: Parameters<LanguageModelV4["doStream"]>[0]) => {
            prompts.push(JSON.stringify(options.prompt));
            return target.doStream(options);
          };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  return { route: { ...route, deps: { ...route.deps, resolveModel } }, prompts };
}
